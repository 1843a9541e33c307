package id.go.tangerangkota.puspaga.system;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import javax.xml.xpath.XPathFunctionResolver;
import javax.xml.xpath.XPathVariableResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The JDK's XPath, with the one kind of expression MyBatis asks most while it reads the engine's
 * mappings answered directly: element names, as child steps ({@code /mapper/resultMap},
 * {@code selectKey}) or a union of them ({@code select|insert|update|delete}). Anything else goes
 * to the JDK's implementation unchanged.
 *
 * <p>Why: the JDK's XPath builds an evaluation context and a DOM-to-DTM view for every call; MyBatis
 * asks each of the engine's 1,760 statements for its {@code selectKey} children, and that was almost
 * half of the CPU time of the parse, which is most of what the engine takes to build on two cores
 * (docs/performance.md). Weighed: Saxon (a large library more to load at every start, not measured)
 * and Jaxen (no JAXP factory). Used only on {@link EngineMappings}' own thread (see
 * {@link EngineMappings#parse}); {@code EngineMappingsTest} compares the result with the engine's own
 * parse, and {@code ChildElementXPathFactoryTest} each answer with the JDK's.
 *
 * <p>Public with a public constructor because {@link XPathFactory#newInstance()} creates it through
 * {@link java.util.ServiceLoader}.
 */
public final class ChildElementXPathFactory extends XPathFactory {

  /** Names without a namespace prefix, joined by {@code /} (an optional leading one) or by {@code |}. */
  private static final Pattern STEPS = Pattern.compile("/?[A-Za-z_][\\w.-]*(/[A-Za-z_][\\w.-]*)*");
  private static final Pattern UNION = Pattern.compile("[A-Za-z_][\\w.-]*(\\|[A-Za-z_][\\w.-]*)+");

  private final XPathFactory jdk = XPathFactory.newDefaultInstance();

  public ChildElementXPathFactory() {}

  @Override
  public boolean isObjectModelSupported(String objectModel) {
    return DEFAULT_OBJECT_MODEL_URI.equals(objectModel);
  }

  @Override
  public void setFeature(String name, boolean value) throws XPathFactoryConfigurationException {
    jdk.setFeature(name, value);
  }

  @Override
  public boolean getFeature(String name) throws XPathFactoryConfigurationException {
    return jdk.getFeature(name);
  }

  @Override
  public void setXPathVariableResolver(XPathVariableResolver resolver) {
    jdk.setXPathVariableResolver(resolver);
  }

  @Override
  public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
    jdk.setXPathFunctionResolver(resolver);
  }

  @Override
  public XPath newXPath() {
    return new ChildElementXPath(jdk.newXPath());
  }

  /** The answer for element-name steps and unions; null when the expression or the node is not of that kind. */
  static List<Element> select(String expression, Node node) {
    boolean union = UNION.matcher(expression).matches();
    if (!union && !STEPS.matcher(expression).matches()) {
      return null;
    }
    List<Node> context = new ArrayList<>();
    String[] steps;
    if (union) {
      context.add(node);
      steps = new String[] {expression};
    } else if (expression.startsWith("/")) {
      Document document = node.getNodeType() == Node.DOCUMENT_NODE ? (Document) node : node.getOwnerDocument();
      if (document == null) {
        return null;
      }
      context.add(document);
      steps = expression.substring(1).split("/");
    } else {
      context.add(node);
      steps = expression.split("/");
    }
    for (String step : steps) {
      List<String> names = List.of(step.split("\\|"));
      List<Node> next = new ArrayList<>();
      for (Node parent : context) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child.getNodeType() != Node.ELEMENT_NODE) {
            continue;
          }
          if (child.getNamespaceURI() != null || child.getNodeName().indexOf(':') >= 0) {
            return null; // a name test without a prefix means no namespace: the JDK answers these
          }
          if (names.contains(child.getNodeName())) {
            next.add(child);
          }
        }
      }
      context = next;
    }
    List<Element> elements = new ArrayList<>(context.size());
    context.forEach(selected -> elements.add((Element) selected));
    return elements;
  }

  private static final class ChildElementXPath implements XPath {

    private final XPath jdk;

    ChildElementXPath(XPath jdk) {
      this.jdk = jdk;
    }

    @Override
    public Object evaluate(String expression, Object item, QName returnType) throws XPathExpressionException {
      boolean nodes = XPathConstants.NODESET.equals(returnType) || XPathConstants.NODE.equals(returnType);
      if (item instanceof Node node && nodes) {
        List<Element> selected = select(expression, node);
        if (selected != null) {
          if (XPathConstants.NODE.equals(returnType)) {
            return selected.isEmpty() ? null : selected.get(0);
          }
          return new Elements(selected);
        }
      }
      return jdk.evaluate(expression, item, returnType);
    }

    @Override
    public void reset() {
      jdk.reset();
    }

    @Override
    public void setXPathVariableResolver(XPathVariableResolver resolver) {
      jdk.setXPathVariableResolver(resolver);
    }

    @Override
    public XPathVariableResolver getXPathVariableResolver() {
      return jdk.getXPathVariableResolver();
    }

    @Override
    public void setXPathFunctionResolver(XPathFunctionResolver resolver) {
      jdk.setXPathFunctionResolver(resolver);
    }

    @Override
    public XPathFunctionResolver getXPathFunctionResolver() {
      return jdk.getXPathFunctionResolver();
    }

    @Override
    public void setNamespaceContext(NamespaceContext context) {
      jdk.setNamespaceContext(context);
    }

    @Override
    public NamespaceContext getNamespaceContext() {
      return jdk.getNamespaceContext();
    }

    @Override
    public XPathExpression compile(String expression) throws XPathExpressionException {
      return jdk.compile(expression);
    }

    @Override
    public String evaluate(String expression, Object item) throws XPathExpressionException {
      return jdk.evaluate(expression, item);
    }

    @Override
    public Object evaluate(String expression, InputSource source, QName returnType) throws XPathExpressionException {
      return jdk.evaluate(expression, source, returnType);
    }

    @Override
    public String evaluate(String expression, InputSource source) throws XPathExpressionException {
      return jdk.evaluate(expression, source);
    }
  }

  private record Elements(List<Element> elements) implements NodeList {

    @Override
    public Node item(int index) {
      return index >= 0 && index < elements.size() ? elements.get(index) : null;
    }

    @Override
    public int getLength() {
      return elements.size();
    }
  }
}
