package eu.lorntech.totem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An integration test in the provisioned WildFly, on H2 or (suite "mariadb") on MariaDB, which
 * {@link DatabaseAvailable} prepares first, or skips the suite with a message when it is absent.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({DatabaseAvailable.class, ArquillianExtension.class})
public @interface TotemIT {
}
