package id.go.tangerangkota.puspaga.permohonan;

import id.go.tangerangkota.puspaga.calendar.WorkingDayCalendar;
import id.go.tangerangkota.puspaga.office.OfficeFilter;
import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import id.go.tangerangkota.puspaga.survei.RespondentProfile;
import id.go.tangerangkota.puspaga.survei.SurveyAnswers;
import id.go.tangerangkota.puspaga.survei.SurveyElement;
import id.go.tangerangkota.puspaga.survei.SurveyForm;
import id.go.tangerangkota.puspaga.survei.SurveyInvitations;
import id.go.tangerangkota.puspaga.survei.SurveyPeriod;
import id.go.tangerangkota.puspaga.survei.SurveyResults;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Survei Kepuasan Masyarakat on the public site, without login and built like the request
 * pages (no script, the same headers, anti-forgery, rate limits, the hidden field): {@code /survei}
 * takes a one-use code and the nine answers, {@code /survei/hasil} publishes the results per
 * semester and year with the office's follow-up.
 */
@RestController
class PublicSurveyController {

  private static final Logger LOG = LoggerFactory.getLogger(PublicSurveyController.class);

  static final String UNKNOWN_CODE = "Kode survei tidak dikenal. Periksa kode pada slip, halaman status atau e-mail Anda,"
      + " lalu coba lagi.";
  static final String USED_CODE = "Kode survei ini sudah dipakai. Setiap permohonan hanya dapat dinilai satu kali;"
      + " jawaban yang pertama sudah tersimpan.";

  private final SurveyInvitations invitations;
  private final SurveyAnswers answers;
  private final SurveyResults results;
  private final OfficeRegistry offices;
  private final PublicResponses responses;
  private final RateLimits limits;
  private final PublicRequestProperties settings;
  private final WorkingDayCalendar calendar;
  private final Clock clock;

  PublicSurveyController(SurveyInvitations invitations, SurveyAnswers answers, SurveyResults results,
      PublicResponses responses, RateLimits limits, PublicRequestProperties settings, WorkingDayCalendar calendar, Clock clock,
      OfficeRegistry offices) {
    this.offices = offices;
    this.invitations = invitations;
    this.answers = answers;
    this.results = results;
    this.responses = responses;
    this.limits = limits;
    this.settings = settings;
    this.calendar = calendar;
    this.clock = clock;
  }

  @GetMapping("/survei")
  ResponseEntity<String> form(HttpServletRequest request, @RequestParam(required = false) String kode) {
    if (kode == null || kode.isBlank()) {
      return page(HttpStatus.OK, "survei", Map.of(), request, false);
    }
    if (!limits.allowSurvey(request.getRemoteAddr())) {
      return responses.tooMany();
    }
    var invitation = invitations.byCode(kode);
    Map<String, Object> model = new HashMap<>();
    model.put("code", kode.strip());
    if (invitation.isEmpty() || invitation.get().used()) {
      return refused(invitation.isPresent(), model, request);
    }
    model.put("invitation", invitation.get());
    return page(HttpStatus.OK, "survei", model, request, true);
  }

  @PostMapping(path = "/survei", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<String> submit(HttpServletRequest request, @RequestParam MultiValueMap<String, String> values) {
    if (!limits.allowSurvey(request.getRemoteAddr())) {
      return responses.tooMany();
    }
    var verdict = responses.check(request, values.getFirst("csrf"), values.getFirst("issued"), values.getFirst("sig"),
        settings.minFillTime());
    if (verdict == FormTokens.Verdict.FORGED) {
      return page(HttpStatus.FORBIDDEN, "pesan", Map.of("message", PublicResponses.FORGED), request, false);
    }
    String code = values.getFirst("kode") == null ? "" : values.getFirst("kode").strip();
    var invitation = invitations.byCode(code);
    Map<String, Object> model = new HashMap<>();
    model.put("code", code);
    if (invitation.isEmpty() || invitation.get().used()) {
      return refused(invitation.isPresent(), model, request);
    }
    SurveyForm form = form(values);
    model.put("form", form);
    model.put("invitation", invitation.get());
    String website = values.getFirst("website");
    if (website != null && !website.isEmpty()) {
      LOG.info("Survey answer refused: the hidden field was filled in (from {})", request.getRemoteAddr());
      model.put("notice", "Jawaban tidak dapat diproses. Periksa isian Anda, lalu kirim lagi.");
      return page(HttpStatus.BAD_REQUEST, "survei", model, request, true);
    }
    if (verdict == FormTokens.Verdict.TOO_FAST || verdict == FormTokens.Verdict.EXPIRED) {
      model.put("notice", verdict == FormTokens.Verdict.TOO_FAST
          ? "Jawaban terkirim terlalu cepat. Periksa isian Anda, lalu kirim lagi."
          : "Formulir sudah terlalu lama terbuka. Periksa isian Anda, lalu kirim lagi.");
      return page(HttpStatus.BAD_REQUEST, "survei", model, request, true);
    }
    Map<String, String> problems = form.problems();
    if (!problems.isEmpty()) {
      model.put("errors", problems);
      return page(HttpStatus.BAD_REQUEST, "survei", model, request, true);
    }
    return switch (answers.submit(code, form)) {
      case STORED -> page(HttpStatus.OK, "survei-terkirim", Map.of(), request, false);
      case ALREADY_USED -> refused(true, model, request);
      case UNKNOWN_CODE -> refused(false, model, request);
    };
  }

  /** An office's results: {@code ?kantor=} its public path; without one, the default office's. */
  @GetMapping("/survei/hasil")
  ResponseEntity<String> results(HttpServletRequest request, @RequestParam(required = false) String periode,
      @RequestParam(required = false) String kantor) {
    LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
    Map<String, Object> model = new HashMap<>();
    var office = offices.ofPublicPath(kantor);
    if (office.isEmpty()) {
      return page(HttpStatus.NOT_FOUND, "pesan", Map.of("message", "Kantor \"" + kantor.strip() + "\" tidak dikenal. Pilih"
          + " kantor PUSPAGA Anda dari halaman depan."), request, false);
    }
    model.put("office", office.get().letterhead());
    model.put("chosenOffice", office.get());
    model.put("offices", offices.all());
    SurveyPeriod period = SurveyPeriod.semesterOf(today);
    HttpStatus status = HttpStatus.OK;
    if (periode != null && !periode.isBlank()) {
      try {
        period = SurveyPeriod.parse(periode);
      } catch (IllegalArgumentException e) {
        model.put("notice", e.getMessage());
        status = HttpStatus.BAD_REQUEST;
      }
    }
    model.put("result", results.of(period, OfficeFilter.of(office.get().id())));
    model.put("choices", choices(today, period));
    return page(status, "survei-hasil", model, request, false);
  }

  /** This and last year's semesters and years, newest first, and the chosen one if older. */
  private static List<SurveyPeriod> choices(LocalDate today, SurveyPeriod chosen) {
    List<SurveyPeriod> choices = new ArrayList<>();
    for (int year = today.getYear(); year >= today.getYear() - 1; year--) {
      if (year < today.getYear() || today.getMonthValue() > 6) {
        choices.add(SurveyPeriod.semester(year, 2));
      }
      choices.add(SurveyPeriod.semester(year, 1));
      choices.add(SurveyPeriod.year(year));
    }
    if (choices.stream().noneMatch(c -> c.key().equals(chosen.key()))) {
      choices.add(chosen);
    }
    return choices;
  }

  private static SurveyForm form(MultiValueMap<String, String> values) {
    Map<SurveyElement, String> scores = new EnumMap<>(SurveyElement.class);
    for (SurveyElement element : SurveyElement.values()) {
      String value = values.getFirst(element.code().toLowerCase());
      if (value != null) {
        scores.put(element, value);
      }
    }
    Map<RespondentProfile, String> profile = new EnumMap<>(RespondentProfile.class);
    for (RespondentProfile question : RespondentProfile.values()) {
      String value = values.getFirst(question.field());
      if (value != null) {
        profile.put(question, value);
      }
    }
    return new SurveyForm(scores, profile, values.getFirst("suggestion"));
  }

  /** A code that cannot be answered with: unknown (404) or used (409); the code entry comes back. */
  private ResponseEntity<String> refused(boolean used, Map<String, Object> model, HttpServletRequest request) {
    model.remove("invitation");
    model.put("notice", used ? USED_CODE : UNKNOWN_CODE);
    return page(used ? HttpStatus.CONFLICT : HttpStatus.NOT_FOUND, "survei", model, request, false);
  }

  private ResponseEntity<String> page(HttpStatus status, String name, Map<String, Object> model, HttpServletRequest request,
      boolean withForm) {
    Map<String, Object> all = new HashMap<>(model);
    all.putIfAbsent("invitation", null);
    all.putIfAbsent("code", "");
    all.put("elements", SurveyElement.values());
    all.put("profiles", RespondentProfile.values());
    return responses.page(status, name, all, request, withForm ? "/survei" : null);
  }
}
