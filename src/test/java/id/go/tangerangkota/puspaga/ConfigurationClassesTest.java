package id.go.tangerangkota.puspaga;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Our configuration classes, the application's own included, are read without a proxy
 * (docs/performance.md, start-up): none calls another bean method, so the subclass Spring would
 * generate for each at every start buys nothing.
 */
class ConfigurationClassesTest {

  @Test
  void noConfigurationClassOfOursIsProxiedAtStart() {
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Configuration.class));
    List<String> ours = scanner.findCandidateComponents(PuspagaApplication.class.getPackageName()).stream()
        .filter(definition -> !String.valueOf(definition.getResourceDescription()).contains("test-classes"))
        .map(AnnotatedBeanDefinition.class::cast)
        .filter(definition -> !Boolean.FALSE.equals(
            definition.getMetadata().getAnnotationAttributes(Configuration.class.getName()).get("proxyBeanMethods")))
        .map(definition -> definition.getBeanClassName())
        .toList();
    assertThat(ours).as("configuration classes without proxyBeanMethods = false").isEmpty();
  }
}
