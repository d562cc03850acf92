package org.parley.costing.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parley.costing.CostingModel;
import org.parley.costing.HealthPlan;
import org.parley.costing.Position;
import org.parley.costing.RateRounding;
import org.parley.costing.RollUpItem;
import org.parley.costing.ScheduleRate;
import org.parley.costing.Term;
import org.parley.costing.TermType;
import org.parley.platform.OpaqueId;
import org.parley.platform.Side;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The costing module's tables, in explicit SQL. Every read of a model's data goes through its id, checked by the service. */
@Repository
class CostingRepository {

    private static final String MODEL = """
            select m.id, m.negotiation_id, m.side, m.name, m.contract_start, m.years, m.first_year_end, m.contract_end,
                   m.rate_rounding, m.notes,
                   (select count(*) from costing_workforce w where w.model_id = m.id) as workforce_size,
                   (select count(*) from costing_schedule s where s.model_id = m.id) as schedule_size
            from costing_model m
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CostingRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    // ---- models ----

    long insertModel(long negotiationId, Side side, String name, LocalDate start, int years, LocalDate firstYearEnd,
                     LocalDate contractEnd, RateRounding rounding, List<String> notes, String by, Instant at) {
        // A random id (OpaqueId): one side's models must leave no countable gaps in the ids the other sees.
        return OpaqueId.insert(id -> {
            jdbc.sql("""
                    insert into costing_model (id, negotiation_id, side, name, contract_start, years, first_year_end, contract_end,
                                               rate_rounding, notes, created_by, created_at)
                    values (:id, :negotiation, :side, :name, :start, :years, :firstYearEnd, :contractEnd, :rounding, :notes, :by, :at)
                    """).param("id", id).param("negotiation", negotiationId).param("side", side.name()).param("name", name)
                    .param("start", start).param("years", years).param("firstYearEnd", firstYearEnd).param("contractEnd", contractEnd)
                    .param("rounding", rounding.name()).param("notes", String.join("\n", notes)).param("by", by)
                    .param("at", Timestamp.from(at)).update();
            return id;
        });
    }

    void insertRollUp(long modelId, List<RollUpItem> items) {
        for (int i = 0; i < items.size(); i++) {
            RollUpItem item = items.get(i);
            jdbc.sql("insert into costing_roll_up (model_id, position, name, percent, on_one_time) values (:model, :position, :name, :percent, :oneTime)")
                    .param("model", modelId).param("position", i).param("name", item.name()).param("percent", item.percent())
                    .param("oneTime", item.onOneTimePayments()).update();
        }
    }

    void insertHealthPlans(long modelId, List<HealthPlan> plans) {
        for (HealthPlan plan : plans) {
            jdbc.sql("insert into costing_health_plan (model_id, tier, monthly_premium, employer_percent) values (:model, :tier, :premium, :share)")
                    .param("model", modelId).param("tier", plan.tier()).param("premium", plan.monthlyPremium())
                    .param("share", plan.employerPercent()).update();
        }
    }

    Optional<CostingModel> model(long id) {
        return jdbc.sql(MODEL + " where m.id = :id").param("id", id).query((rs, n) -> model(rs)).optional();
    }

    List<CostingModel> models(long negotiationId, Side side) {
        return jdbc.sql(MODEL + " where m.negotiation_id = :negotiation and m.side = :side order by m.id desc")
                .param("negotiation", negotiationId).param("side", side.name()).query((rs, n) -> model(rs)).list();
    }

    /** Models of a negotiation with a shared costing of this version, whichever side they belong to. */
    List<CostingModel> modelsSharingVersion(long versionId) {
        return jdbc.sql(MODEL + " join costing_version_share s on s.model_id = m.id where s.version_id = :version order by m.id")
                .param("version", versionId).query((rs, n) -> model(rs)).list();
    }

    private CostingModel model(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        String notes = rs.getString("notes");
        return new CostingModel(id, rs.getLong("negotiation_id"), Side.valueOf(rs.getString("side")), rs.getString("name"),
                rs.getObject("contract_start", LocalDate.class), rs.getInt("years"), rs.getObject("first_year_end", LocalDate.class),
                rs.getObject("contract_end", LocalDate.class), RateRounding.valueOf(rs.getString("rate_rounding")), rollUp(id),
                healthPlans(id), notes == null || notes.isBlank() ? List.of() : List.of(notes.split("\n")),
                rs.getInt("workforce_size"), rs.getInt("schedule_size"));
    }

    private List<RollUpItem> rollUp(long modelId) {
        return jdbc.sql("select name, percent, on_one_time from costing_roll_up where model_id = :model order by position")
                .param("model", modelId)
                .query((rs, n) -> new RollUpItem(rs.getString("name"), rs.getBigDecimal("percent"), rs.getBoolean("on_one_time"))).list();
    }

    private List<HealthPlan> healthPlans(long modelId) {
        return jdbc.sql("select tier, monthly_premium, employer_percent from costing_health_plan where model_id = :model order by tier")
                .param("model", modelId)
                .query((rs, n) -> new HealthPlan(rs.getString("tier"), rs.getBigDecimal("monthly_premium"), rs.getBigDecimal("employer_percent")))
                .list();
    }

    // ---- workforce and schedule ----

    void replaceWorkforce(long modelId, List<Position> positions) {
        jdbc.sql("delete from costing_workforce where model_id = :model").param("model", modelId).update();
        List<Object[]> rows = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            Position p = positions.get(i);
            rows.add(new Object[] {modelId, i, p.personId(), p.classification(), p.step(), p.hourlyRate(), p.annualSalary(),
                    p.annualHours(), date(p.stepAnniversary()), date(p.hireDate()), p.differentialHours(), p.healthTier()});
        }
        int[] types = {Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.NUMERIC, Types.NUMERIC,
                Types.NUMERIC, Types.DATE, Types.DATE, Types.NUMERIC, Types.VARCHAR};
        for (int from = 0; from < rows.size(); from += 5000) {
            template.batchUpdate("""
                    insert into costing_workforce (model_id, position, person_id, classification, step, hourly_rate, annual_salary,
                        annual_hours, step_anniversary, hire_date, differential_hours, health_tier)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows.subList(from, Math.min(rows.size(), from + 5000)), types);
        }
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }

    private static final String POSITION = """
            select person_id, classification, step, hourly_rate, annual_salary, annual_hours, step_anniversary, hire_date,
                   differential_hours, health_tier
            from costing_workforce
            """;

    List<Position> workforce(long modelId) {
        List<Position> positions = new ArrayList<>();
        template.query(POSITION + " where model_id = ? order by position", rs -> {
            positions.add(position(rs));
        }, modelId);
        return positions;
    }

    List<Position> workforcePage(long modelId, int limit) {
        return jdbc.sql(POSITION + " where model_id = :model order by position limit :limit").param("model", modelId)
                .param("limit", limit).query((rs, n) -> position(rs)).list();
    }

    Optional<Position> person(long modelId, String personId) {
        return jdbc.sql(POSITION + " where model_id = :model and person_id = :person").param("model", modelId)
                .param("person", personId).query((rs, n) -> position(rs)).optional();
    }

    private static Position position(ResultSet rs) throws SQLException {
        Object step = rs.getObject("step");
        return new Position(rs.getString("person_id"), rs.getString("classification"), step == null ? null : ((Number) step).intValue(),
                rs.getBigDecimal("hourly_rate"), rs.getBigDecimal("annual_salary"), rs.getBigDecimal("annual_hours"),
                rs.getObject("step_anniversary", LocalDate.class), rs.getObject("hire_date", LocalDate.class),
                rs.getBigDecimal("differential_hours"), rs.getString("health_tier"));
    }

    void replaceSchedule(long modelId, List<ScheduleRate> rates) {
        jdbc.sql("delete from costing_schedule where model_id = :model").param("model", modelId).update();
        template.batchUpdate("insert into costing_schedule (model_id, classification, step, hourly_rate) values (?, ?, ?, ?)",
                rates.stream().map(r -> new Object[] {modelId, r.classification(), r.step(), r.hourlyRate()}).toList());
    }

    List<ScheduleRate> schedule(long modelId) {
        return jdbc.sql("select classification, step, hourly_rate from costing_schedule where model_id = :model order by classification, step")
                .param("model", modelId)
                .query((rs, n) -> new ScheduleRate(rs.getString("classification"), rs.getInt("step"), rs.getBigDecimal("hourly_rate"))).list();
    }

    // ---- scenarios ----

    record ScenarioRow(long id, long modelId, String name, boolean shared, String createdBy, Instant createdAt) {
    }

    long insertScenario(long modelId, String name, String by, Instant at) {
        // A random id, as for models: a side's scenarios are its own, and so is how many it has.
        return OpaqueId.insert(id -> {
            jdbc.sql("insert into costing_scenario (id, model_id, name, shared, created_by, created_at) values (:id, :model, :name, false, :by, :at)")
                    .param("id", id).param("model", modelId).param("name", name).param("by", by).param("at", Timestamp.from(at)).update();
            return id;
        });
    }

    Optional<ScenarioRow> scenario(long id) {
        return jdbc.sql("select id, model_id, name, shared, created_by, created_at from costing_scenario where id = :id")
                .param("id", id).query((rs, n) -> scenario(rs)).optional();
    }

    List<ScenarioRow> scenarios(long modelId) {
        return jdbc.sql("select id, model_id, name, shared, created_by, created_at from costing_scenario where model_id = :model order by id desc")
                .param("model", modelId).query((rs, n) -> scenario(rs)).list();
    }

    List<ScenarioRow> sharedScenarios(long negotiationId) {
        return jdbc.sql("""
                select s.id, s.model_id, s.name, s.shared, s.created_by, s.created_at
                from costing_scenario s join costing_model m on m.id = s.model_id
                where m.negotiation_id = :negotiation and s.shared order by s.id desc
                """).param("negotiation", negotiationId).query((rs, n) -> scenario(rs)).list();
    }

    private static ScenarioRow scenario(ResultSet rs) throws SQLException {
        return new ScenarioRow(rs.getLong("id"), rs.getLong("model_id"), rs.getString("name"), rs.getBoolean("shared"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    void shareScenario(long id, boolean shared) {
        jdbc.sql("update costing_scenario set shared = :shared where id = :id").param("shared", shared).param("id", id).update();
    }

    // ---- a version's economic terms ----

    record VersionRow(long versionId, long negotiationId, long threadId, Side side, String updatedBy, Instant updatedAt) {
    }

    Optional<VersionRow> version(long versionId) {
        return jdbc.sql("select version_id, negotiation_id, thread_id, side, updated_by, updated_at from costing_version where version_id = :id")
                .param("id", versionId).query((rs, n) -> new VersionRow(rs.getLong("version_id"), rs.getLong("negotiation_id"),
                        rs.getLong("thread_id"), Side.valueOf(rs.getString("side")), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant())).optional();
    }

    /** The versions with terms in a negotiation: the ids only, as the proposal module keeps their order and sides. */
    List<Long> versionsWithTerms(long negotiationId) {
        return jdbc.sql("select version_id from costing_version where negotiation_id = :negotiation")
                .param("negotiation", negotiationId).query(Long.class).list();
    }

    record LatestVersion(long threadId, Side side, long versionId) {
    }

    /** The latest version with terms of each side on each thread of a negotiation (version ids grow as versions are passed). */
    List<LatestVersion> latestVersionsBySide(long negotiationId) {
        return jdbc.sql("""
                select thread_id, side, max(version_id) as version_id from costing_version
                where negotiation_id = :negotiation group by thread_id, side order by thread_id, side
                """).param("negotiation", negotiationId)
                .query((rs, n) -> new LatestVersion(rs.getLong("thread_id"), Side.valueOf(rs.getString("side")), rs.getLong("version_id")))
                .list();
    }

    void saveVersion(long versionId, long negotiationId, long threadId, Side side, String by, Instant at) {
        int updated = jdbc.sql("update costing_version set updated_by = :by, updated_at = :at where version_id = :id")
                .param("by", by).param("at", Timestamp.from(at)).param("id", versionId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into costing_version (version_id, negotiation_id, thread_id, side, updated_by, updated_at)
                    values (:id, :negotiation, :thread, :side, :by, :at)
                    """).param("id", versionId).param("negotiation", negotiationId).param("thread", threadId)
                    .param("side", side.name()).param("by", by).param("at", Timestamp.from(at)).update();
        }
        jdbc.sql("delete from costing_term where version_id = :id").param("id", versionId).update();
    }

    void shareVersion(long versionId, long modelId, boolean shared) {
        jdbc.sql("delete from costing_version_share where version_id = :version and model_id = :model")
                .param("version", versionId).param("model", modelId).update();
        if (shared) {
            jdbc.sql("insert into costing_version_share (version_id, model_id) values (:version, :model)")
                    .param("version", versionId).param("model", modelId).update();
        }
    }

    boolean versionShared(long versionId, long modelId) {
        return jdbc.sql("select count(*) from costing_version_share where version_id = :version and model_id = :model")
                .param("version", versionId).param("model", modelId).query(Integer.class).single() > 0;
    }

    // ---- terms ----

    void insertTerms(Long scenarioId, Long versionId, List<Term> terms) {
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            jdbc.sql("""
                    insert into costing_term (scenario_id, version_id, position, type, effective, percent, cents, amount,
                        classifications, name, years, tier, monthly_premium, employer_percent, turnover_percent)
                    values (:scenario, :version, :position, :type, :effective, :percent, :cents, :amount, :classifications,
                        :name, :years, :tier, :premium, :share, :turnover)
                    """).param("scenario", scenarioId).param("version", versionId).param("position", i)
                    .param("type", t.type().name()).param("effective", t.on()).param("percent", t.percent(), Types.NUMERIC)
                    .param("cents", t.cents(), Types.NUMERIC).param("amount", t.amount(), Types.NUMERIC)
                    .param("classifications", t.classifications().isEmpty() ? null : String.join("\n", t.classifications()), Types.VARCHAR)
                    .param("name", t.name(), Types.VARCHAR).param("years", t.years(), Types.INTEGER).param("tier", t.tier(), Types.VARCHAR)
                    .param("premium", t.monthlyPremium(), Types.NUMERIC).param("share", t.employerPercent(), Types.NUMERIC)
                    .param("turnover", t.turnoverPercent(), Types.NUMERIC).update();
        }
    }

    List<Term> scenarioTerms(long scenarioId) {
        return terms("scenario_id", scenarioId);
    }

    List<Term> versionTerms(long versionId) {
        return terms("version_id", versionId);
    }

    private List<Term> terms(String owner, long id) {
        return jdbc.sql("""
                select type, effective, percent, cents, amount, classifications, name, years, tier, monthly_premium,
                       employer_percent, turnover_percent
                from costing_term where %s = :id order by position
                """.formatted(owner)).param("id", id).query((rs, n) -> term(rs)).list();
    }

    private static Term term(ResultSet rs) throws SQLException {
        TermType type = TermType.valueOf(rs.getString("type"));
        LocalDate on = rs.getObject("effective", LocalDate.class);
        String classifications = rs.getString("classifications");
        Object years = rs.getObject("years");
        return new Term(type, type.oneTime() ? null : on, type.oneTime() ? on : null, scaled(rs.getBigDecimal("percent")),
                scaled(rs.getBigDecimal("cents")), rs.getBigDecimal("amount"),
                classifications == null ? List.of() : Arrays.asList(classifications.split("\n")), rs.getString("name"),
                years == null ? null : ((Number) years).intValue(), rs.getString("tier"), rs.getBigDecimal("monthly_premium"),
                scaled(rs.getBigDecimal("employer_percent")), scaled(rs.getBigDecimal("turnover_percent")));
    }

    /** Numbers come back as stored (3.0000); the terms read as typed (3). */
    private static BigDecimal scaled(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
