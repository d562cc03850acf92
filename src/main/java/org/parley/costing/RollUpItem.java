package org.parley.costing;

import java.math.BigDecimal;

/**
 * A cost that follows wages, e.g. Social Security 6.20% or pension 6.00%.
 *
 * @param onOneTimePayments whether it is also due on lump sums and bonuses (payroll taxes are; pension
 *                          contributions usually are not)
 */
public record RollUpItem(String name, BigDecimal percent, boolean onOneTimePayments) {
}
