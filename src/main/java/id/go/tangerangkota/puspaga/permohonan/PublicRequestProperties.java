package id.go.tangerangkota.puspaga.permohonan;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** {@code puspaga.public.*}: the limits of the public request pages (docs/features.md, "Permohonan daring"). */
@ConfigurationProperties("puspaga.public")
public record PublicRequestProperties(
    /** Submissions per client address and minute (per node). */
    @DefaultValue("5") int submissionsPerMinute,
    /** Status look-ups per client address and minute (per node). */
    @DefaultValue("20") int statusChecksPerMinute,
    /** A form sent back sooner than this after it was shown is taken for a robot. */
    @DefaultValue("3s") Duration minFillTime,
    /** How long a shown form may be sent. */
    @DefaultValue("2h") Duration formValidity) {}
