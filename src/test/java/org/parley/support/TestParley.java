package org.parley.support;

import org.parley.account.Accounts;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

@TestConfiguration(proxyBeanMethods = false)
public class TestParley {

    @Bean
    Api api(Environment environment, Accounts accounts) {
        return new Api(environment, accounts);
    }
}
