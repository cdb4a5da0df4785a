package care.needlepoint.scheduling.platform.validation;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * Bean Validation names a field as Java does ({@code defaultCount}); callers sent JSON ({@code "default"}).
 * This makes violations use the JSON name wherever {@code @JsonProperty} renames a field.
 */
@ApplicationScoped
public class JsonFieldNames implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        configuration.propertyNodeNameProvider(new JsonNames());
    }

    static final class JsonNames implements PropertyNodeNameProvider {

        // Names depend on annotations only, so a plain mapper sees what the service's configured mapper sees.
        private final ObjectMapper introspector = new ObjectMapper();
        private final Map<Class<?>, Map<String, String>> namesByType = new ConcurrentHashMap<>();

        @Override
        public String getName(Property property) {
            if (!(property instanceof JavaBeanProperty bean)) {
                return property.getName();
            }
            return namesByType.computeIfAbsent(bean.getDeclaringClass(), this::jsonNames)
                    .getOrDefault(property.getName(), property.getName());
        }

        private Map<String, String> jsonNames(Class<?> type) {
            BeanDescription description = introspector.getDeserializationConfig()
                    .introspect(introspector.constructType(type));
            Map<String, String> names = new ConcurrentHashMap<>();
            for (BeanPropertyDefinition property : description.findProperties()) {
                names.put(property.getInternalName(), property.getName());
            }
            return names;
        }
    }
}
