package id.go.tangerangkota.puspaga.office;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;

/**
 * {@code puspaga.offices}: the first office, which a request belongs to when nobody names one
 * (work started without a signed-in person of an office) and which a single-office database's
 * rows are given once upgraded; its letterhead at first start is {@code puspaga.documents.office}.
 */
@ConfigurationProperties("puspaga.offices")
public record OfficeProperties(@Name("default") @DefaultValue("3671") String defaultOffice, @DefaultValue("PUSPAGA Kota Tangerang") String defaultName) {}
