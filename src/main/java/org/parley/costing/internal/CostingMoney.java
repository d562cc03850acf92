package org.parley.costing.internal;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Money as the costing pages write it ($1,234.56, −$10.00), for the templates: {@code @costingMoney.format(x)}. */
@Component("costingMoney")
class CostingMoney {

    public String format(BigDecimal amount) {
        return amount == null ? "" : Assumptions.money(amount);
    }
}
