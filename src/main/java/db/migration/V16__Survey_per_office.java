package db.migration;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The Survei Kepuasan Masyarakat per office: each invitation and each answer names the office that
 * served the request (an office is no person, so the answers stay anonymous), and each office writes
 * its own follow-up of a period. On a single-office database every row is the first office's. The
 * follow-up table is made anew, as its key changes (portable DDL); a Java migration for the
 * placeholder {@code office} with a default, as in V14 and V15.
 */
public class V16__Survey_per_office extends BaseJavaMigration {

  private static final List<String> STATEMENTS = List.of(
      "alter table survey_invitation add column office_id varchar(16)",
      "update survey_invitation set office_id = ?",
      "create index survey_invitation_office on survey_invitation (office_id, service_month)",
      "alter table survey_answer add column office_id varchar(16)",
      "update survey_answer set office_id = ?",
      "create index survey_answer_office on survey_answer (office_id, service_month)",
      "create table survey_follow_up_per_office ( office_id varchar(16) not null, period varchar(7) not null, text varchar(4000) not null, written_by varchar(255) not null, written_at timestamp with time zone not null, primary key (office_id, period) )",
      "insert into survey_follow_up_per_office (office_id, period, text, written_by, written_at) select cast(? as varchar(16)), period, text, written_by, written_at from survey_follow_up",
      "drop table survey_follow_up",
      "alter table survey_follow_up_per_office rename to survey_follow_up");

  @Override
  public void migrate(Context context) throws Exception {
    FirstOfficeStatements.run(context, STATEMENTS);
  }
}
