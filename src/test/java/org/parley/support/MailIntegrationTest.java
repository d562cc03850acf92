package org.parley.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/** A {@link ParleyIntegrationTest} whose e-mail goes to the {@link TestMail} GreenMail server. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParleyIntegrationTest
@ContextConfiguration(initializers = {TestDatabase.class, TestMail.class})
public @interface MailIntegrationTest {
}
