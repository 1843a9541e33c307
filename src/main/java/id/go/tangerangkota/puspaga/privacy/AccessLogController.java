package id.go.tangerangkota.puspaga.privacy;

import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.office.OfficeScope;
import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.system.ApiAnswers;
import id.go.tangerangkota.puspaga.system.AsApplication;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The access log for the data protection officer and the Ketua: per request
 * ({@code GET /api/privacy/access-log?registrationNumber=LI-3671-2026-0042}) or per person
 * ({@code ?user=budi}). Reading it is recorded too.
 */
@RestController
@RequestMapping("/api/privacy/access-log")
class AccessLogController {

  static final Set<String> READERS = Set.of("ppdp", "ketua", Groups.CAMUNDA_ADMIN);

  private final AccessLog log;
  private final IdentityService identity;
  private final HistoryService history;
  private final ZoneId office;

  AccessLogController(AccessLog log, IdentityService identity, HistoryService history, WorkingDayCalendar calendar) {
    this.office = calendar.zone();
    this.log = log;
    this.identity = identity;
    this.history = history;
  }

  @GetMapping
  ResponseEntity<?> read(@RequestParam(required = false) String registrationNumber,
      @RequestParam(required = false) String user) {
    if (!ApiAnswers.callerIsIn(identity, READERS)) {
      return ApiAnswers.refused(HttpStatus.FORBIDDEN, "Catatan akses data pribadi hanya dapat dibaca oleh Pejabat"
          + " Pelindungan Data Pribadi, Ketua PUSPAGA dan administrator.");
    }
    boolean byRequest = registrationNumber != null && !registrationNumber.isBlank();
    if (byRequest == (user != null && !user.isBlank())) {
      return ApiAnswers.refused(HttpStatus.BAD_REQUEST, "Sebutkan satu permohonan (registrationNumber=LI-3671-2026-0042)"
          + " atau satu petugas (user=budi).");
    }
    String reader = identity.getCurrentAuthentication().getUserId();
    List<AccessLog.Entry> entries;
    if (byRequest) {
      List<String> instances = asOffice(() -> history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(registrationNumber.strip()).list().stream().map(HistoricProcessInstance::getId)
          .toList());
      if (instances.isEmpty()) {
        return ApiAnswers.refused(HttpStatus.NOT_FOUND, "Permohonan " + registrationNumber.strip() + " tidak ditemukan.");
      }
      OfficeFilter offices = OfficeScope.filter(identity);
      entries = instances.stream().flatMap(instance -> log.ofRequest(instance, offices).stream()).toList();
      log.record(reader, instances, AccessLog.Read.ACCESS_LOG);
    } else {
      entries = log.ofPerson(user.strip(), OfficeScope.filter(identity));
      log.record(reader, entries.stream().map(AccessLog.Entry::processInstanceId).toList(), AccessLog.Read.ACCESS_LOG);
    }
    Map<String, String> numbers = numbersOf(entries);
    return ResponseEntity.ok(entries.stream().map(entry -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("readAt", entry.readAt().atZone(office).toOffsetDateTime());
      row.put("readAtText", id.go.tangerangkota.puspaga.shared.IndonesianDates.moment(entry.readAt(), office));
      row.put("user", entry.userId());
      row.put("registrationNumber", numbers.get(entry.processInstanceId()));
      row.put("processInstanceId", entry.processInstanceId());
      row.put("what", entry.what().name());
      row.put("whatText", entry.whatText());
      return row;
    }).toList());
  }

  private Map<String, String> numbersOf(List<AccessLog.Entry> entries) {
    String[] ids = entries.stream().map(AccessLog.Entry::processInstanceId).distinct().toArray(String[]::new);
    Map<String, String> numbers = new LinkedHashMap<>();
    if (ids.length > 0) {
      asOffice(() -> history.createHistoricProcessInstanceQuery().processInstanceIds(Set.of(ids)).list())
          .forEach(instance -> numbers.put(instance.getId(), instance.getBusinessKey()));
    }
    return numbers;
  }

  /** The officer reads the log, not the requests: the lookups of their numbers run without the reader's engine grants. */
  private <T> T asOffice(Supplier<T> work) {
    return AsApplication.run(identity, work);
  }
}
