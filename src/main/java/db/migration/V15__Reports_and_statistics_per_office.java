package db.migration;

import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Many offices (docs/offices.md): the statistics name each request's office, and each office files
 * its own monthly and yearly reports (numbered per office, versions per office and period). On a
 * single-office database every row is the first office's (V14 gave it every request). The report
 * tables are made anew, as their unique keys change (portable DDL). A Java migration so that the
 * first office comes from Flyway's placeholder {@code office} with a default, as in V14.
 */
public class V15__Reports_and_statistics_per_office extends BaseJavaMigration {

  private static final List<String> STATEMENTS = List.of(
      "alter table request_statistics add column office_id varchar(16)",
      "update request_statistics set office_id = ?",
      "create index request_statistics_office on request_statistics (office_id, received_at)",
      "create table monthly_report_per_office ( id varchar(36) not null primary key, office_id varchar(16) not null, report_month varchar(7) not null, version integer not null, document_number varchar(64) not null unique, file_name varchar(255) not null, pdf bytea not null, pdf_sha256 varchar(64) not null, csv bytea not null, csv_sha256 varchar(64) not null, generated_at timestamp with time zone not null, generated_by varchar(255), unique (office_id, report_month, version) )",
      "insert into monthly_report_per_office (id, office_id, report_month, version, document_number, file_name, pdf, pdf_sha256, csv, csv_sha256, generated_at, generated_by) select id, cast(? as varchar(16)), report_month, version, document_number, file_name, pdf, pdf_sha256, csv, csv_sha256, generated_at, generated_by from monthly_report",
      "drop table monthly_report",
      "alter table monthly_report_per_office rename to monthly_report",
      "create table survey_report_per_office ( id varchar(36) not null primary key, office_id varchar(16) not null, report_year integer not null, version integer not null, document_number varchar(64) not null unique, file_name varchar(255) not null, pdf bytea not null, pdf_sha256 varchar(64) not null, csv bytea not null, csv_sha256 varchar(64) not null, generated_at timestamp with time zone not null, generated_by varchar(255), unique (office_id, report_year, version) )",
      "insert into survey_report_per_office (id, office_id, report_year, version, document_number, file_name, pdf, pdf_sha256, csv, csv_sha256, generated_at, generated_by) select id, cast(? as varchar(16)), report_year, version, document_number, file_name, pdf, pdf_sha256, csv, csv_sha256, generated_at, generated_by from survey_report",
      "drop table survey_report",
      "alter table survey_report_per_office rename to survey_report",
      "alter table data_incident add column office_id varchar(16)",
      "update data_incident set office_id = ?",
      "alter table mail_outbox add column sender varchar(300)");

  @Override
  public void migrate(Context context) throws Exception {
    FirstOfficeStatements.run(context, STATEMENTS);
  }
}
