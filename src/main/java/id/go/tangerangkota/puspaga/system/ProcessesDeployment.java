package id.go.tangerangkota.puspaga.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys everything in the top-level {@code processes/} folder (BPMN, DMN, Camunda Forms and the
 * embedded HTML form) as one deployment, each resource named by its path inside the folder.
 *
 * <p>We do this instead of the starter's auto-deployment because that names resources by absolute
 * path when run from the IDE or Maven and by bare file name in the jar, while
 * {@code embedded:deployment:ajukan-program-kerja.html} needs one stable name. Duplicate filtering
 * compares with the previous deployment of the same name: a restart with unchanged files deploys
 * nothing new; a changed file redeploys the whole folder, so forms stay beside their model.
 */
@Component
class ProcessesDeployment extends AbstractProcessEnginePlugin {

  static final String DEPLOYMENT_NAME = "puspaga-processes";
  private static final String FOLDER = "processes/";
  private static final Logger LOG = LoggerFactory.getLogger(ProcessesDeployment.class);

  private final ResourcePatternResolver resources;

  ProcessesDeployment(ResourcePatternResolver resources) {
    this.resources = resources;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    Map<String, Resource> files = processFiles();
    DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("PUSPAGA application")
        .enableDuplicateFiltering(false);
    try {
      for (Map.Entry<String, Resource> file : files.entrySet()) {
        try (InputStream in = file.getValue().getInputStream()) {
          builder.addInputStream(file.getKey(), new ByteArrayInputStream(in.readAllBytes()));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read " + FOLDER + ": " + e.getMessage(), e);
    }
    Deployment deployment = builder.deploy();
    LOG.info("Deployment {} of {}: {} file(s) {}", deployment.getId(), FOLDER, files.size(), files.keySet());
  }

  private Map<String, Resource> processFiles() {
    Map<String, Resource> files = new TreeMap<>();
    try {
      for (Resource resource : resources.getResources("classpath*:" + FOLDER + "**/*.*")) {
        String url = resource.getURL().toString();
        String name = url.substring(url.lastIndexOf(FOLDER) + FOLDER.length());
        if (resource.isReadable() && name.matches(".+\\.(bpmn|dmn|form|html)")) {
          files.put(name, resource);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot list " + FOLDER + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("No process files found under " + FOLDER + " on the classpath");
    }
    return files;
  }
}
