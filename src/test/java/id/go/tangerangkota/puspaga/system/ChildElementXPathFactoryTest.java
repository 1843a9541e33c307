package id.go.tangerangkota.puspaga.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class ChildElementXPathFactoryTest {

  /** What MyBatis's XMLConfigBuilder, XMLMapperBuilder and XMLStatementBuilder ask, and a few more of that kind. */
  private static final List<String> NAME_STEPS = List.of("/configuration", "/mapper", "properties", "settings",
      "typeAliases", "mappers", "cache-ref", "cache", "/mapper/parameterMap", "/mapper/resultMap", "/mapper/sql",
      "select|insert|update|delete", "selectKey", "include", "mapper", "resultMap/id", "sql|resultMap");

  /** What is asked of a statement or a map, and two more of that kind. */
  private static final List<String> STATEMENT_STEPS = List.of("selectKey", "include", "property", "if|where", "id/x");

  /** Not element-name steps: the JDK answers these. */
  private static final List<String> OTHERS = List.of("@id", "*", "select[1]", "//include", "select[@id]", "../mapper",
      "text()", "mapper/@resource");

  private static final ClassLoader ENGINE = ProcessEngineConfigurationImpl.class.getClassLoader();

  @Test
  void everyAnswerOnTheEnginesMappingFilesIsTheJdksAnswer() throws Exception {
    XPath ours = new ChildElementXPathFactory().newXPath();
    XPath jdk = XPathFactory.newDefaultInstance().newXPath();
    int compared = 0;
    int nonEmpty = 0;
    List<Document> documents = engineMappingFiles();
    for (Document document : documents) {
      List<Node> nodes = allNodes(document);
      for (Node node : nodes) {
        // Every expression on the document and its root; on a statement or map, those asked of one (the JDK is slow).
        for (String expression : node.getParentNode() == document || node == document ? NAME_STEPS : STATEMENT_STEPS) {
          NodeList expected = (NodeList) jdk.evaluate(expression, node, XPathConstants.NODESET);
          NodeList actual = (NodeList) ours.evaluate(expression, node, XPathConstants.NODESET);
          assertThat(nodes(actual)).as(expression).containsExactlyElementsOf(nodes(expected));
          assertThat(ours.evaluate(expression, node, XPathConstants.NODE)).as(expression).isSameAs(expected.item(0));
          compared++;
          nonEmpty += expected.getLength() > 0 ? 1 : 0;
        }
      }
      // The JDK's own answers: the document, its root and the root's first element of five files stand for the rest.
      for (Node node : documents.indexOf(document) < 5 ? nodes.subList(0, Math.min(3, nodes.size())) : List.<Node>of()) {
        for (String expression : OTHERS) {
          assertThat(nodes((NodeList) ours.evaluate(expression, node, XPathConstants.NODESET))).as(expression)
              .containsExactlyElementsOf(nodes((NodeList) jdk.evaluate(expression, node, XPathConstants.NODESET)));
        }
      }
    }
    assertThat(compared).isGreaterThan(7_000);
    assertThat(nonEmpty).isGreaterThan(1_000);
  }

  @Test
  void elementsInANamespaceAreNotTakenForElementsWithoutOne() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document document = factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(
        "<mapper><select/><x:select xmlns:x='urn:x'/><select xmlns='urn:y'/></mapper>")));
    XPath ours = new ChildElementXPathFactory().newXPath();
    XPath jdk = XPathFactory.newDefaultInstance().newXPath();

    NodeList expected = (NodeList) jdk.evaluate("/mapper/select", document, XPathConstants.NODESET);
    assertThat(expected.getLength()).isEqualTo(1);
    assertThat(nodes((NodeList) ours.evaluate("/mapper/select", document, XPathConstants.NODESET)))
        .containsExactlyElementsOf(nodes(expected));
  }

  @Test
  void theFactoryIsOfferedOnlyToTheThreadThatParsesTheMappings() throws Exception {
    assertThat(XPathFactory.newInstance()).isNotInstanceOf(ChildElementXPathFactory.class);
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(new EngineMappings.XPathFactoryOffer(EngineMappings.class.getClassLoader()));
    try {
      assertThat(XPathFactory.newInstance()).isInstanceOf(ChildElementXPathFactory.class);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /** mappings.xml and every mapper file it names, parsed as MyBatis parses them (without a namespace). */
  private static List<Document> engineMappingFiles() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    List<Document> documents = new ArrayList<>();
    String mappings = ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE;
    try (InputStream in = Objects.requireNonNull(ENGINE.getResourceAsStream(mappings), mappings)) {
      documents.add(factory.newDocumentBuilder().parse(in));
    }
    String text;
    try (InputStream in = ENGINE.getResourceAsStream(mappings)) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Matcher resource = Pattern.compile("resource=\"([^\"]+)\"").matcher(text);
    while (resource.find()) {
      try (InputStream in = Objects.requireNonNull(ENGINE.getResourceAsStream(resource.group(1)), resource.group(1))) {
        documents.add(factory.newDocumentBuilder().parse(in));
      }
    }
    assertThat(documents).hasSizeGreaterThan(50);
    return documents;
  }

  /** What MyBatis evaluates its expressions on: the document, its root, and the root's elements (statements, maps). */
  private static List<Node> allNodes(Document document) {
    List<Node> all = new ArrayList<>(List.of(document, document.getDocumentElement()));
    for (Node child = document.getDocumentElement().getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        all.add(child);
      }
    }
    return all;
  }

  private static List<Node> nodes(NodeList list) {
    List<Node> nodes = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      nodes.add(list.item(i));
    }
    return nodes;
  }
}
