package id.go.tangerangkota.puspaga.layanan;

import java.time.LocalDate;

/** One activity of the work program, as the coordinator planned it. */
public record PlannedActivity(String title, LocalDate date) {}
