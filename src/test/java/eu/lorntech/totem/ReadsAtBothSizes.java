package eu.lorntech.totem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A browser journey that only reads, run on a desktop screen and on a phone whatever sizes the suite
 * names ({@link Browser#sizes()}): it is tagged {@code reads}, which the MariaDB suite leaves to the
 * H2 suite, so it runs at both sizes there.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag("reads")
@ParameterizedTest(name = "{0}")
@EnumSource(Browser.Size.class)
public @interface ReadsAtBothSizes {
}
