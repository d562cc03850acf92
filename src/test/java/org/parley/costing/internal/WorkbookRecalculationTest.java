package org.parley.costing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.parley.costing.Costing;
import org.parley.costing.CostingModel;
import org.parley.costing.CostingYear;
import org.parley.costing.HealthPlan;
import org.parley.costing.Position;
import org.parley.costing.RateRounding;
import org.parley.costing.RollUpItem;
import org.parley.costing.ScheduleRate;
import org.parley.costing.Term;
import org.parley.costing.TermType;
import org.parley.platform.Side;
import org.parley.support.LibreOffice;

/**
 * Property: the workbook's formulas, recalculated by a real LibreOffice Calc, give Parley's figures to the
 * cent, for random workforces (hourly and salaried, steps and anniversaries, service dates, differential
 * hours, health tiers), random terms of every kind, both roundings and partial years. The workbook is
 * written without cached values, so every figure read back is LibreOffice's own.
 */
@ExtendWith(LibreOffice.CalcAvailable.class)
class WorkbookRecalculationTest {

    static final int CASES = 8;

    @Test
    void libreOfficeRecalculatesTheWorkbookToParleysFiguresToTheCent() throws Exception {
        long seed = Long.getLong("parley.seed", System.nanoTime());
        Random random = new Random(seed);
        List<Path> files = new ArrayList<>();
        List<Costing> expected = new ArrayList<>();
        List<String> described = new ArrayList<>();
        Path dir = Files.createTempDirectory("parley-workbooks");
        for (int n = 0; n < CASES; n++) {
            RandomCase c = RandomCase.of(random, n == 0);
            expected.add(CostingCalculator.cost(c.setup(), c.terms()));
            Path file = dir.resolve("case-" + n + ".xlsx");
            Files.write(file, CostingWorkbook.write("Case " + n, c.model(), c.setup(), c.terms()));
            files.add(file);
            described.add(c.terms().stream().map(Term::describe).toList().toString());
        }
        List<Path> recalculated = LibreOffice.convertAll(files, "xlsx:Calc MS Excel 2007 XML", "xlsx");
        for (int n = 0; n < CASES; n++) {
            Costing costing = expected.get(n);
            String as = "seed " + seed + ", case " + n + ": " + described.get(n);
            try (InputStream in = Files.newInputStream(recalculated.get(n)); Workbook book = WorkbookFactory.create(in)) {
                Sheet summary = book.getSheet("Summary");
                for (CostingYear y : costing.years()) {
                    int row = y.number();
                    assertThat(cents(summary, row, 4)).as(as + " wages, year " + y.number()).isEqualByComparingTo(y.wages());
                    assertThat(cents(summary, row, 5)).as(as + " one-time, year " + y.number()).isEqualByComparingTo(y.oneTime());
                    assertThat(cents(summary, row, 6)).as(as + " increment, year " + y.number()).isEqualByComparingTo(y.increment());
                    assertThat(cents(summary, row, 7)).as(as + " cumulative, year " + y.number()).isEqualByComparingTo(y.cumulative());
                    assertThat(cents(summary, row, 8)).as(as + " roll-up, year " + y.number()).isEqualByComparingTo(y.rollUp());
                    assertThat(cents(summary, row, 9)).as(as + " benefits, year " + y.number()).isEqualByComparingTo(y.benefits());
                    assertThat(cents(summary, row, 10)).as(as + " total, year " + y.number()).isEqualByComparingTo(y.total());
                }
                int whole = costing.years().size() + 1;
                assertThat(cents(summary, whole, 10)).as(as + " whole contract").isEqualByComparingTo(costing.wholeContract().total());
                assertThat(cents(summary, whole, 6)).as(as + " whole increment").isEqualByComparingTo(costing.wholeContract().increment());
                assertThat(cents(summary, whole + 1, 1)).as(as + " base").isEqualByComparingTo(costing.baseWages());
                assertThat(cents(summary, whole + 3, 1)).as(as + " cost of 1%").isEqualByComparingTo(costing.costOfOnePercent());
                assertThat(cents(summary, whole + 4, 1)).as(as + " end-rate lift").isEqualByComparingTo(costing.endRateLiftPercent());
                assertThat(cents(summary, whole + 6, 1)).as(as + " per member").isEqualByComparingTo(costing.costPerMember());
                Sheet lines = book.getSheet("Lines");
                assertThat(lines.getRow(1).getCell(10).getCellType()).as("amounts are formulas").isEqualTo(CellType.FORMULA);
                assertThat(book.getSheet("Assumptions").getRow(1).getCell(0).getStringCellValue()).startsWith("Model:");
            }
        }
    }

    private static BigDecimal cents(Sheet sheet, int row, int column) {
        Cell cell = sheet.getRow(row).getCell(column);
        assertThat(cell.getCellType()).as("row %d column %d is a formula", row, column).isEqualTo(CellType.FORMULA);
        return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
    }

    /** A random model and terms; the first case is the public worked example. */
    record RandomCase(CostingModel model, CostingCalculator.Setup setup, List<Term> terms) {

        static final List<String> CLASSES = List.of("RN", "Tech", "Clerk");

        static RandomCase of(Random random, boolean workedExample) {
            LocalDate start = LocalDate.of(2026, 1 + random.nextInt(12), 1);
            int years = 1 + random.nextInt(4);
            LocalDate firstYearEnd = random.nextInt(3) == 0 ? start.plusMonths(3 + random.nextInt(8)).minusDays(1) : null;
            LocalDate contractEnd = null;
            var contract = CostingModel.contractYears(start, years, firstYearEnd, null);
            if (random.nextInt(3) == 0) {
                var last = contract.get(contract.size() - 1);
                contractEnd = last.start().plusDays(random.nextInt(300));
                contractEnd = contractEnd.isAfter(last.end()) ? last.end() : contractEnd;
                contract = CostingModel.contractYears(start, years, firstYearEnd, contractEnd);
            }
            RateRounding rounding = random.nextBoolean() ? RateRounding.NONE : RateRounding.CENTS_HALF_UP;
            List<RollUpItem> rollUp = List.of(new RollUpItem("Social Security", new BigDecimal("6.20"), true),
                    new RollUpItem("Medicare", new BigDecimal("1.45"), true), new RollUpItem("Pension", new BigDecimal(random.nextInt(1200)).movePointLeft(2), false));
            List<HealthPlan> health = List.of(new HealthPlan("EMPLOYEE", money(random, 400, 900), new BigDecimal(60 + random.nextInt(41))),
                    new HealthPlan("FAMILY", money(random, 1200, 2600), new BigDecimal(50 + random.nextInt(51))));
            List<ScheduleRate> schedule = new ArrayList<>();
            for (String c : CLASSES) {
                BigDecimal rate = money(random, 18, 45);
                for (int step = 1; step <= 3 + random.nextInt(5); step++) {
                    schedule.add(new ScheduleRate(c, step, rate));
                    rate = rate.multiply(new BigDecimal("1.0" + (2 + random.nextInt(6)))).setScale(4, RoundingMode.HALF_UP);
                }
            }
            List<Position> workforce = new ArrayList<>();
            List<Term> terms = new ArrayList<>();
            if (workedExample) {
                contract = CostingModel.contractYears(LocalDate.of(2026, 7, 1), 3, null, null);
                start = contract.get(0).start();
                rounding = RateRounding.NONE;
                rollUp = List.of(new RollUpItem("Social Security", new BigDecimal("6.20"), true), new RollUpItem("Medicare", new BigDecimal("1.45"), true),
                        new RollUpItem("Pension", new BigDecimal("6.00"), false), new RollUpItem("Workers' compensation", new BigDecimal("1.50"), false),
                        new RollUpItem("Unemployment", new BigDecimal("1.50"), false), new RollUpItem("Other", new BigDecimal("0.50"), false));
                workforce.add(new Position("payroll", "All", null, null, new BigDecimal("1000000"), null, null, null, null, null));
                for (int i = 0; i < 3; i++) {
                    terms.add(Term.atb(start.plusYears(i), "3"));
                }
                firstYearEnd = null;
                contractEnd = null;
                years = 3;
            } else {
                int people = 5 + random.nextInt(40);
                for (int i = 0; i < people; i++) {
                    String c = CLASSES.get(random.nextInt(CLASSES.size()));
                    boolean salaried = random.nextInt(6) == 0;
                    Integer step = salaried ? null : random.nextInt(5) == 0 ? null : 1 + random.nextInt(4);
                    boolean onSchedule = step != null && schedule.stream().anyMatch(s -> s.classification().equals(c) && s.step() == step);
                    workforce.add(new Position("p" + i, c, onSchedule ? step : null,
                            salaried ? null : onSchedule ? null : money(random, 17, 60), salaried ? money(random, 40000, 140000) : null,
                            random.nextBoolean() ? null : new BigDecimal(1040 + random.nextInt(1041)),
                            random.nextBoolean() ? start.minusYears(1 + random.nextInt(10)).plusDays(random.nextInt(365)) : null,
                            random.nextBoolean() ? start.minusYears(random.nextInt(30)).plusDays(random.nextInt(365)) : null,
                            random.nextInt(3) == 0 ? new BigDecimal(random.nextInt(900)) : null,
                            switch (random.nextInt(3)) {
                                case 0 -> "EMPLOYEE";
                                case 1 -> "FAMILY";
                                default -> null;
                            }));
                }
                LocalDate end = contract.get(contract.size() - 1).end();
                int count = 2 + random.nextInt(8);
                for (int i = 0; i < count; i++) {
                    terms.add(randomTerm(random, start, end));
                }
            }
            CostingModel model = new CostingModel(1, 1, Side.LABOR, "Random model", start, years, firstYearEnd, contractEnd, rounding,
                    rollUp, health, List.of("Random case"), workforce.size(), schedule.size());
            return new RandomCase(model, new CostingCalculator.Setup(model.name(), contract, rounding, rollUp, health, workforce, schedule,
                    model.notes()), terms);
        }

        static BigDecimal money(Random random, int low, int high) {
            return BigDecimal.valueOf(low * 100L + random.nextInt((high - low) * 100)).movePointLeft(2);
        }

        static Term randomTerm(Random random, LocalDate start, LocalDate end) {
            long days = end.toEpochDay() - start.toEpochDay();
            LocalDate on = switch (random.nextInt(4)) {
                case 0 -> start;
                case 1 -> end;
                default -> start.plusDays(random.nextLong(days + 1));
            };
            String percent = String.valueOf(random.nextInt(700) / 100.0);
            TermType type = TermType.values()[random.nextInt(TermType.values().length)];
            return switch (type) {
                case ATB_PERCENT -> Term.atb(on, percent);
                case CENTS_PER_HOUR -> Term.of(type, on).withCents(String.valueOf(random.nextInt(150)));
                case MARKET_ADJUSTMENT -> Term.of(type, on).withPercent(percent).forClassifications(CLASSES.get(random.nextInt(3)));
                case STEP_MOVEMENT -> Term.of(type, on);
                case NEW_STEP -> Term.of(type, on).withPercent(percent);
                case TWO_TIER -> Term.of(type, on).withPercent(percent).withTurnover(String.valueOf(random.nextInt(30)));
                case LUMP_SUM -> Term.of(type, null).withDate(on).withAmount(String.valueOf(random.nextInt(300000) / 100.0));
                case BONUS -> Term.of(type, null).withDate(on).withPercent(percent);
                case DIFFERENTIAL -> random.nextBoolean() ? Term.of(type, on).withCents(String.valueOf(random.nextInt(300)))
                        : Term.of(type, on).withPercent(percent);
                case LONGEVITY -> Term.of(type, on).withPercent(percent).withYears(1 + random.nextInt(25));
                case HEALTH_PREMIUM -> Term.of(type, on).withHealth(random.nextBoolean() ? "EMPLOYEE" : "FAMILY",
                        String.valueOf(400 + random.nextInt(2200)), String.valueOf(50 + random.nextInt(51)));
            };
        }
    }
}
