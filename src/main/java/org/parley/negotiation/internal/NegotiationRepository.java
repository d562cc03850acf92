package org.parley.negotiation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.BargainingUnit;
import org.parley.negotiation.ContractTerm;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.TableKind;
import org.parley.negotiation.TeamMember;
import org.parley.platform.Side;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class NegotiationRepository {

    private final JdbcClient jdbc;

    NegotiationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The party with this name and kind, created on first use. */
    Long party(String name, String kind) {
        if (name == null) {
            return null;
        }
        Optional<Long> existing = jdbc.sql("select id from party where name = :name and kind = :kind")
                .param("name", name).param("kind", kind).query(Long.class).optional();
        return existing.orElseGet(() -> insert("insert into party (name, kind) values (:name, :kind)",
                Map.of("name", name, "kind", kind)));
    }

    long insertNegotiation(String name, Long unionId, Long employerId, String baseAgreementName, Long baseAgreementId,
            LocalDate expirationDate, ZoneId zone, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into negotiation (name, union_party_id, employer_party_id, base_agreement_name, base_agreement_id,
                                         expiration_date, time_zone, created_at)
                values (:name, :union, :employer, :base, :baseId, :expiration, :zone, :now)
                """)
                .param("name", name).param("union", unionId).param("employer", employerId)
                .param("base", baseAgreementName).param("baseId", baseAgreementId).param("expiration", expirationDate)
                .param("zone", zone.getId()).param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateNegotiation(long id, String name, Long unionId, Long employerId, String baseAgreementName,
            Long baseAgreementId, LocalDate expirationDate, ZoneId zone) {
        jdbc.sql("""
                update negotiation set name = :name, union_party_id = :union, employer_party_id = :employer,
                       base_agreement_name = :base, base_agreement_id = :baseId, expiration_date = :expiration,
                       time_zone = :zone
                where id = :id
                """)
                .param("name", name).param("union", unionId).param("employer", employerId)
                .param("base", baseAgreementName).param("baseId", baseAgreementId).param("expiration", expirationDate)
                .param("zone", zone.getId()).param("id", id)
                .update();
    }

    /** Sets the legal clock's facts of the term; the expiration date is set with them. */
    void updateTerm(long id, java.time.LocalDate expirationDate, java.time.LocalTime expirationTime, ZoneId expirationZone,
            String jurisdiction, boolean healthCare, boolean firstContract) {
        jdbc.sql("""
                update negotiation set expiration_date = :date, expiration_time = :time, expiration_zone = :zone,
                       jurisdiction = :jurisdiction, health_care_institution = :healthCare, first_contract = :first
                where id = :id
                """)
                .param("date", expirationDate).param("time", expirationTime)
                .param("zone", expirationZone == null ? null : expirationZone.getId()).param("jurisdiction", jurisdiction)
                .param("healthCare", healthCare).param("first", firstContract).param("id", id)
                .update();
    }

    Optional<ContractTerm> term(long id) {
        return ReadOnce.of("term", id, () -> jdbc.sql("""
                select id, expiration_date, expiration_time, coalesce(expiration_zone, time_zone) as zone, jurisdiction,
                       health_care_institution, first_contract
                from negotiation where id = :id
                """)
                .param("id", id)
                .query((rs, n) -> new ContractTerm(rs.getLong("id"), rs.getObject("expiration_date", LocalDate.class),
                        rs.getObject("expiration_time", java.time.LocalTime.class), ZoneId.of(rs.getString("zone")),
                        rs.getString("jurisdiction"), rs.getBoolean("health_care_institution"), rs.getBoolean("first_contract")))
                .optional());
    }

    long insertUnit(long negotiationId, String name, Integer memberCount) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into bargaining_unit (negotiation_id, name, member_count) values (:negotiation, :name, :count)")
                .param("negotiation", negotiationId).param("name", name).param("count", memberCount)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static final String SELECT_NEGOTIATION = """
            select n.id, n.name, u.name as union_name, e.name as employer_name, n.base_agreement_name,
                   n.base_agreement_id, n.expiration_date, n.time_zone
            from negotiation n
            left join party u on u.id = n.union_party_id
            left join party e on e.id = n.employer_party_id
            """;

    Optional<Negotiation> find(long id) {
        return ReadOnce.of("negotiation", id, () -> jdbc.sql(SELECT_NEGOTIATION + " where n.id = :id")
                .param("id", id)
                .query((rs, n) -> negotiation(rs, units(List.of(id)).getOrDefault(id, List.of())))
                .optional());
    }

    List<Negotiation> all() {
        List<Negotiation> bare = jdbc.sql(SELECT_NEGOTIATION + " order by n.expiration_date desc, n.id")
                .query((rs, n) -> negotiation(rs, List.of()))
                .list();
        if (bare.isEmpty()) {
            return bare;
        }
        Map<Long, List<BargainingUnit>> units = units(bare.stream().map(Negotiation::id).toList());
        return bare.stream().map(n -> new Negotiation(n.id(), n.name(), n.unionName(), n.employerName(),
                n.baseAgreementName(), n.baseAgreementId(), n.expirationDate(), n.timeZone(), units.getOrDefault(n.id(), List.of()))).toList();
    }

    private Map<Long, List<BargainingUnit>> units(List<Long> negotiationIds) {
        record Row(long negotiationId, BargainingUnit unit) {
        }
        return jdbc.sql("""
                select id, negotiation_id, name, member_count from bargaining_unit
                where negotiation_id in (:ids) order by id
                """)
                .param("ids", negotiationIds)
                .query((rs, n) -> new Row(rs.getLong("negotiation_id"), new BargainingUnit(rs.getLong("id"),
                        rs.getString("name"), rs.getObject("member_count", Integer.class))))
                .list().stream()
                .collect(Collectors.groupingBy(Row::negotiationId, Collectors.mapping(Row::unit, Collectors.toList())));
    }

    long insertTable(long negotiationId, String name, TableKind kind) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into negotiation_table (negotiation_id, name, kind) values (:negotiation, :name, :kind)")
                .param("negotiation", negotiationId).param("name", name).param("kind", kind.name())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static final String SELECT_TABLE = """
            select t.id, t.negotiation_id, t.name, t.kind, n.time_zone
            from negotiation_table t join negotiation n on n.id = t.negotiation_id
            """;

    Optional<BargainingTable> table(long id) {
        return ReadOnce.of("table", id, () -> jdbc.sql(SELECT_TABLE + " where t.id = :id").param("id", id).query((rs, n) -> table(rs)).optional());
    }

    List<BargainingTable> tables(long negotiationId) {
        return jdbc.sql(SELECT_TABLE + " where t.negotiation_id = :negotiation order by case t.kind when 'NATIONAL' then 0 else 1 end, t.id")
                .param("negotiation", negotiationId).query((rs, n) -> table(rs)).list();
    }

    long insertTeamMember(long tableId, Side side, String name, String title) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into table_team_member (table_id, side, name, title) values (:table, :side, :name, :title)")
                .param("table", tableId).param("side", side.name()).param("name", name).param("title", title)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    int deleteTeamMember(long tableId, long id) {
        return jdbc.sql("delete from table_team_member where table_id = :table and id = :id")
                .param("table", tableId).param("id", id).update();
    }

    List<TeamMember> team(long tableId) {
        return jdbc.sql("select id, table_id, side, name, title from table_team_member where table_id = :table order by side, id")
                .param("table", tableId)
                .query((rs, n) -> new TeamMember(rs.getLong("id"), rs.getLong("table_id"), Side.valueOf(rs.getString("side")),
                        rs.getString("name"), rs.getString("title")))
                .list();
    }

    private long insert(String sql, Map<String, ?> params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private static Negotiation negotiation(ResultSet rs, List<BargainingUnit> units) throws SQLException {
        return new Negotiation(rs.getLong("id"), rs.getString("name"), rs.getString("union_name"),
                rs.getString("employer_name"), rs.getString("base_agreement_name"),
                rs.getObject("base_agreement_id", Long.class), rs.getObject("expiration_date", LocalDate.class), ZoneId.of(rs.getString("time_zone")), units);
    }

    private static BargainingTable table(ResultSet rs) throws SQLException {
        return new BargainingTable(rs.getLong("id"), rs.getLong("negotiation_id"), rs.getString("name"),
                TableKind.valueOf(rs.getString("kind")), ZoneId.of(rs.getString("time_zone")));
    }
}
