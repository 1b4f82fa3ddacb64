package vn.camau.egov.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELProcessor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The pages' method calls give what EL's own resolver gives, and those it cannot call as EL would
 * are left to EL. Expressions evaluated by Expressly, the EL implementation WildFly runs, with the
 * resolver ahead of the bean resolver as in Faces.
 */
class MethodCallELResolverTest {

    public record Step(String action, LocalDate on) {
    }

    public record Tracked(String code, List<Step> history) {
    }

    /** Stands for a page's helper bean (Formats): arguments that EL must convert. */
    public static class Helper {
        public String decimal(Double value, int decimals) {
            return String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
        }

        public String pick(String value) {
            return "text " + value;
        }

        public String pick(Integer value) {
            return "number " + value;
        }

        public String refuse() {
            throw new IllegalStateException("refused on purpose");
        }

        public static String statically() {
            return "static";
        }
    }

    record Hidden(String code) {
    }

    private final MethodCallELResolver resolver = new MethodCallELResolver();
    private ELProcessor el;

    @BeforeEach
    void setUp() {
        el = new ELProcessor();
        el.getELManager().addELResolver(resolver);
        el.defineBean("tracked", new Tracked("000.00.03.H12-260101-0001",
                List.of(new Step("SUBMIT", LocalDate.of(2026, 1, 1)), new Step("ACCEPT", LocalDate.of(2026, 1, 2)))));
        el.defineBean("helper", new Helper());
    }

    private Object eval(String expression) {
        return el.eval(expression);
    }

    @Test
    void readsRecordsThroughTheirAccessors() {
        assertThat(eval("tracked.code()")).isEqualTo("000.00.03.H12-260101-0001");
        assertThat(eval("tracked.history().get(1).action()")).isEqualTo("ACCEPT");
        assertThat(eval("'status.'.concat(tracked.history().get(0).action())")).isEqualTo("status.SUBMIT");
    }

    @Test
    void answersTheCallItselfAndConvertsTheArguments() {
        ELContext context = el.getELManager().getELContext();
        context.setPropertyResolved(false);
        Object code = resolver.invoke(context, new Tracked("C-1", List.of()), "code", null, new Object[0]);
        assertThat(code).isEqualTo("C-1");
        assertThat(context.isPropertyResolved()).as("resolved here, not by the bean resolver").isTrue();

        context.setPropertyResolved(false);
        // EL's integer literals are Longs; the method takes an int
        assertThat(resolver.invoke(context, new Helper(), "decimal", null, new Object[]{0.125, 2L})).isEqualTo("0.13");
        assertThat(context.isPropertyResolved()).isTrue();
        assertThat(eval("helper.decimal(1, 1)")).isEqualTo("1.0");
    }

    @Test
    void leavesToElWhatItCannotCallAsElWould() {
        ELContext context = el.getELManager().getELContext();
        // two methods of one name and number of arguments: EL chooses by the argument's type
        context.setPropertyResolved(false);
        assertThat(resolver.invoke(context, new Helper(), "pick", null, new Object[]{"a"})).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        assertThat(eval("helper.pick('a')")).isEqualTo("text a");
        // a record that is not public: left to EL, as before
        context.setPropertyResolved(false);
        assertThat(resolver.invoke(context, new Hidden("H-2"), "code", null, new Object[0])).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        // static methods, unknown methods, and parameter types the caller names
        assertThat(resolver.invoke(context, new Helper(), "statically", null, new Object[0])).isNull();
        assertThat(resolver.invoke(context, new Helper(), "nothing", null, new Object[0])).isNull();
        assertThat(resolver.invoke(context, new Helper(), "refuse", new Class<?>[0], new Object[0])).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
        // properties are not its business
        assertThat(resolver.getValue(context, new Tracked("C-1", List.of()), "code")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void passesOnWhatTheMethodThrows() {
        assertThatThrownBy(() -> el.eval("helper.refuse()"))
                .isInstanceOf(ELException.class)
                .hasRootCauseInstanceOf(IllegalStateException.class)
                .hasRootCauseMessage("refused on purpose");
    }

    @Test
    void callsTheSameMethodOnEveryRecordOfAType() {
        for (int i = 0; i < 3; i++) {
            el.defineBean("tracked", new Tracked("C-" + i, List.of()));
            assertThat(eval("tracked.code()")).isEqualTo("C-" + i);
        }
    }
}
