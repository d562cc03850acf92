package org.parley.costing;

/**
 * A costing under one model, as a viewer may see it.
 *
 * @param shared whether the model's side shares it with the other side
 */
public record ModelCosting(CostingModel model, Costing costing, boolean shared) {
}
