package eu.lorntech.totem;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import org.jboss.arquillian.container.test.api.Deployment;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.ClassDescriptor;

/**
 * Runs the test classes that call the application from outside first, then those that run inside
 * the server, each group by name: {@link SuiteDeployment} then deploys each archive once per suite.
 */
public class DeploymentOrder implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor d) -> runsInServer(d.getTestClass()))
                .thenComparing(d -> d.getTestClass().getName()));
    }

    static boolean runsInServer(Class<?> testClass) {
        return Arrays.stream(testClass.getDeclaredMethods())
                .map((Method m) -> m.getAnnotation(Deployment.class))
                .anyMatch(d -> d != null && d.testable());
    }
}
