package id.go.tangerangkota.puspaga.office;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/**
 * Which model an office runs: its own version when it deployed one (a tenant deployment from
 * Modeler), else the shared one. The engine cannot choose by key alone once both exist: a person of
 * that office sees two latest versions and starting by key fails, so we start by the definition
 * this answers.
 */
@Component
public class OfficeModels {

  private final RepositoryService repository;

  public OfficeModels(RepositoryService repository) {
    this.repository = repository;
  }

  /** The latest definition of the key the office runs; the shared one for {@code null}; null when none is deployed. */
  public ProcessDefinition latest(String key, String office) {
    if (office != null) {
      ProcessDefinition own = repository.createProcessDefinitionQuery().processDefinitionKey(key).tenantIdIn(office)
          .latestVersion().singleResult();
      if (own != null) {
        return own;
      }
    }
    return repository.createProcessDefinitionQuery().processDefinitionKey(key).withoutTenantId().latestVersion()
        .singleResult();
  }
}
