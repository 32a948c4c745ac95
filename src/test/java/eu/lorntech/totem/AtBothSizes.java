package eu.lorntech.totem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A browser journey run twice, on a desktop screen and on a phone: the test method takes a
 * {@link Browser.Size} and opens its browser with it ({@code Browser.open(base, size)}).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedTest(name = "{0}")
@EnumSource(Browser.Size.class)
public @interface AtBothSizes {
}
