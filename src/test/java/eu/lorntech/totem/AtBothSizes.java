package eu.lorntech.totem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A browser journey run twice, on a desktop screen and on a phone: the test method takes a
 * {@link Browser.Size} and opens its browser with it ({@code Browser.open(base, size)}). A suite
 * may name the sizes it runs ({@link Browser#sizes()}): the MariaDB suite runs the journeys that
 * write on a desktop screen, and CI's H2 suite on a phone ({@code .ci/run}), so that each runs once
 * at each size, the desktop on the production database. A journey that only reads is
 * {@link ReadsAtBothSizes} instead.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@MethodSource("eu.lorntech.totem.Browser#sizes")
public @interface AtBothSizes {
}
