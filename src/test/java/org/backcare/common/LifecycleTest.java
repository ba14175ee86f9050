package org.backcare.common;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import org.backcare.support.Api;
import org.junit.jupiter.api.Test;

/** One mechanism for deprecated operations: Deprecation, Sunset and Link while served, 410 after. */
@QuarkusTest
class LifecycleTest {

    @Test
    void aDeprecatedOperationSaysSoAndWhatReplacesIt() {
        Api.raw().get("/test/lifecycle/deprecated").then().statusCode(200)
                .header("Deprecation", equalTo("@1793491200"))                  // 2026-11-01T00:00:00Z
                .header("Sunset", equalTo("Mon, 1 Jun 2099 00:00:00 GMT"))      // the end of the last day served
                .header("Link", equalTo("</test/lifecycle/current>; rel=\"successor-version\""));
    }

    @Test
    void afterItsSunsetItIsGone() {
        Api.raw().get("/test/lifecycle/retired").then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("https://backcare.dev/problems/gone"))
                .body("detail", equalTo("This operation was retired on 2020-12-31; use /test/lifecycle/current instead."))
                .header("Deprecation", equalTo("@1577836800"));
    }

    @Test
    void otherOperationsCarryNoneOfIt() {
        Api.raw().get("/test/lifecycle/current").then().statusCode(200)
                .header("Deprecation", nullValue()).header("Sunset", nullValue());
    }

    @Test
    void aSunsetSoonerThanSixMonthsIsRefused() throws NoSuchMethodException {
        DeprecatedOperation tooSoon = new DeprecatedOperation() {
            public String since() {
                return "2026-11-01";
            }

            public String sunset() {
                return "2027-03-01";
            }

            public String successor() {
                return "/v1/x";
            }

            public Class<DeprecatedOperation> annotationType() {
                return DeprecatedOperation.class;
            }
        };
        assertThrows(IllegalStateException.class, () -> LifecycleFilters.Notice.of(tooSoon));
        DeprecatedOperation declared = RetiringResource.class.getMethod("deprecated")
                .getAnnotation(DeprecatedOperation.class);
        assertEquals("@1793491200", LifecycleFilters.Notice.of(declared).deprecation());
    }
}
