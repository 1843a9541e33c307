package id.go.tangerangkota.puspaga.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javax.xml.xpath.XPathFactory;
import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's SQL mappings (Camunda's {@code mappings.xml}: 55 mapper files, some thousand
 * statements), parsed on a thread of their own while Spring builds the rest of the application.
 *
 * <p>Parsing them is most of the time the engine takes to build (about 3 of its 3.3 s on the
 * 2-core machine, docs/performance.md) and needs nothing from Spring but the database type and
 * the table prefix, which the configuration tells before any bean exists. The engine takes the
 * result only when it was parsed for the database type and prefix the engine itself found;
 * otherwise (or if the parse failed) it parses them itself, as it always does.
 */
public final class EngineMappings {

  static final String BEAN_NAME = "puspagaEngineMappings";
  private static final Logger LOG = LoggerFactory.getLogger(EngineMappings.class);

  private final String databaseType;
  private final String tablePrefix;
  private final CompletableFuture<Configuration> parsed = new CompletableFuture<>();

  private EngineMappings(String databaseType, String tablePrefix) {
    this.databaseType = databaseType;
    this.tablePrefix = tablePrefix;
  }

  /** Starts parsing the mappings as the engine would for this database type ({@code h2}, {@code postgres}) and table prefix. */
  static EngineMappings start(String databaseType, String tablePrefix) {
    EngineMappings mappings = new EngineMappings(databaseType, tablePrefix);
    Thread thread = new Thread(mappings::parse, "engine-mappings");
    thread.setDaemon(true);
    thread.start();
    return mappings;
  }

  /**
   * The parsed mappings (waiting for the parse) when they were parsed for this database type and prefix; empty
   * otherwise (the engine then parses them itself).
   */
  Optional<Configuration> take(String engineDatabaseType, String engineTablePrefix) {
    if (!databaseType.equals(engineDatabaseType) || !Objects.equals(tablePrefix, engineTablePrefix)) {
      LOG.info("Engine mappings parsed for {} (prefix '{}'), but the engine found {} (prefix '{}'): the engine parses them",
          databaseType, tablePrefix, engineDatabaseType, engineTablePrefix);
      return Optional.empty();
    }
    try {
      long waitStart = System.nanoTime();
      Configuration configuration = parsed.get();
      LOG.debug("Engine mappings taken; the engine waited {} ms for their parse", (System.nanoTime() - waitStart) / 1_000_000);
      return Optional.of(configuration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      LOG.warn("Parsing the engine mappings ahead failed; the engine parses them: {}", e.getCause().toString());
      return Optional.empty();
    }
  }

  /** What the parse gave so far (null while it runs or when it failed): to check which mappings the engine took. */
  Configuration parsedSoFar() {
    return parsed.getNow(null);
  }

  /**
   * The same steps as {@code ProcessEngineConfigurationImpl.initSqlSessionFactory}, but the environment, set by the
   * engine; MyBatis's XPath calls are answered by {@link ChildElementXPathFactory} (see there why), offered to this
   * thread only.
   */
  private void parse() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(new XPathFactoryOffer(EngineMappings.class.getClassLoader()));
    try (InputStream in = Objects.requireNonNull(ProcessEngineConfigurationImpl.class.getClassLoader()
        .getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE), "mappings.xml")) {
      Properties properties = new Properties();
      properties.put("prefix", tablePrefix);
      ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, tablePrefix, databaseType);
      long parseStart = System.nanoTime();
      parsed.complete(new XMLConfigBuilder(new InputStreamReader(in, StandardCharsets.UTF_8), "", properties).parse());
      LOG.debug("Engine mappings parsed in {} ms", (System.nanoTime() - parseStart) / 1_000_000);
    } catch (Exception | LinkageError e) {
      parsed.completeExceptionally(e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * Names {@link ChildElementXPathFactory} as the only {@link XPathFactory} service, which is where
   * {@link XPathFactory#newInstance()} looks (with the thread's context class loader) before it takes the JDK's own.
   * Classes and every other resource come from the application's class loader.
   */
  static final class XPathFactoryOffer extends ClassLoader {

    private static final String SERVICE = "META-INF/services/" + XPathFactory.class.getName();
    static final String OFFER = "id/go/tangerangkota/puspaga/system/engine-mappings-xpath-factory.txt";

    XPathFactoryOffer(ClassLoader parent) {
      super(parent);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      if (SERVICE.equals(name)) {
        return Collections.enumeration(List.of(Objects.requireNonNull(getParent().getResource(OFFER), OFFER)));
      }
      return super.getResources(name);
    }
  }
}
