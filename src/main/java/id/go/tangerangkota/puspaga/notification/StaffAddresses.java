package id.go.tangerangkota.puspaga.notification;

import id.go.tangerangkota.puspaga.office.OfficeRegistry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The e-mail addresses of a group's members, for mails that go to a role rather than to a task's holders. */
@Component
public class StaffAddresses {

  private final IdentityService identity;
  private final OfficeRegistry offices;

  public StaffAddresses(IdentityService identity, OfficeRegistry offices) {
    this.identity = identity;
    this.offices = offices;
  }

  /** Every member's address, each once; a member without an address is skipped and logged. */
  public List<String> of(String group, String office, String why) {
    return new Recipients(identity, office).membersOf(group, why);
  }

  /** The members of {@code to}, and the members of {@code cc} who are not already addressed. */
  public OutgoingMail mail(MailKind kind, String dedupKey, String to, String cc, String office, String why,
      MailTemplates.Rendered text) {
    Set<String> addressed = new LinkedHashSet<>(of(to, office, why));
    List<String> copy = new ArrayList<>(of(cc, office, why));
    copy.removeAll(addressed);
    if (addressed.isEmpty()) {
      addressed.addAll(copy);
      copy.clear();
    }
    return addressed.isEmpty() ? null
        : new OutgoingMail(kind, dedupKey, new ArrayList<>(addressed), copy, text.subject(), text.text(), text.html())
            .from(offices.of(office).mailSender());
  }
}
