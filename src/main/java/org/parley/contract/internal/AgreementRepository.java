package org.parley.contract.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.AgreementSummary;
import org.parley.contract.Article;
import org.parley.contract.Contracts.SectionHit;
import org.parley.contract.Section;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String name, AgreementKind kind, String sourceName, List<Article> articles, String by, Instant now) {
        long id = key(jdbc.sql("""
                insert into agreement (name, kind, source_name, imported_by, imported_at)
                values (:name, :kind, :source, :by, :now)
                """)
                .param("name", name).param("kind", kind.name()).param("source", sourceName).param("by", by)
                .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)));
        int sectionPosition = 0;
        for (int a = 0; a < articles.size(); a++) {
            Article article = articles.get(a);
            long articleId = key(jdbc.sql("""
                    insert into agreement_article (agreement_id, position, number, title)
                    values (:agreement, :position, :number, :title)
                    """)
                    .param("agreement", id).param("position", a).param("number", article.number())
                    .param("title", article.title()));
            for (Section section : article.sections()) {
                jdbc.sql("""
                        insert into agreement_section (agreement_id, article_id, position, number, title, body)
                        values (:agreement, :article, :position, :number, :title, :body)
                        """)
                        .param("agreement", id).param("article", articleId).param("position", sectionPosition++)
                        .param("number", section.number()).param("title", section.title()).param("body", section.text())
                        .update();
            }
        }
        return id;
    }

    private static long key(JdbcClient.StatementSpec statement) {
        var keys = new GeneratedKeyHolder();
        statement.update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<AgreementSummary> all() {
        return jdbc.sql("""
                select a.id, a.name, a.kind, a.source_name, a.imported_at,
                       (select count(*) from agreement_article r where r.agreement_id = a.id) as articles,
                       (select count(*) from agreement_section s where s.agreement_id = a.id) as sections
                from agreement a order by a.imported_at desc, a.id desc
                """)
                .query((rs, n) -> new AgreementSummary(rs.getLong("id"), rs.getString("name"),
                        AgreementKind.valueOf(rs.getString("kind")), rs.getString("source_name"),
                        rs.getObject("imported_at", OffsetDateTime.class).toInstant(), rs.getInt("articles"), rs.getInt("sections")))
                .list();
    }

    Optional<Agreement> find(long id) {
        record Head(String name, AgreementKind kind, String source, Instant at) {
        }
        Optional<Head> head = jdbc.sql("select name, kind, source_name, imported_at from agreement where id = :id")
                .param("id", id)
                .query((rs, n) -> new Head(rs.getString("name"), AgreementKind.valueOf(rs.getString("kind")),
                        rs.getString("source_name"), rs.getObject("imported_at", OffsetDateTime.class).toInstant()))
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        record Row(long articleId, String articleNumber, String articleTitle, Section section) {
        }
        Map<Long, Article> articles = new LinkedHashMap<>();
        jdbc.sql("""
                select id, number, title from agreement_article where agreement_id = :id order by position
                """)
                .param("id", id)
                .query((rs, n) -> articles.put(rs.getLong("id"), new Article(rs.getString("number"), rs.getString("title"),
                        new ArrayList<>())))
                .list();
        jdbc.sql("""
                select article_id, number, title, body from agreement_section where agreement_id = :id order by position
                """)
                .param("id", id)
                .query((rs, n) -> articles.get(rs.getLong("article_id")).sections()
                        .add(new Section(rs.getString("number"), nullToEmpty(rs.getString("title")), rs.getString("body"))))
                .list();
        List<Article> ordered = articles.values().stream()
                .map(a -> new Article(a.number(), nullToEmpty(a.title()), List.copyOf(a.sections()))).toList();
        return Optional.of(new Agreement(id, head.get().name(), head.get().kind(), head.get().source(), head.get().at(), ordered));
    }

    List<SectionHit> search(long agreementId, String pattern, int limit) {
        return jdbc.sql("""
                select s.number, s.title, s.body, r.number as article_number
                from agreement_section s join agreement_article r on r.id = s.article_id
                where s.agreement_id = :agreement
                  and (lower(s.body) like :pattern escape '\\' or lower(coalesce(s.title, '')) like :pattern escape '\\'
                       or lower(s.number) like :pattern escape '\\')
                order by s.position
                limit :limit
                """)
                .param("agreement", agreementId).param("pattern", pattern).param("limit", limit)
                .query((rs, n) -> new SectionHit(agreementId, rs.getString("article_number"), rs.getString("number"),
                        nullToEmpty(rs.getString("title")), rs.getString("body")))
                .list();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
