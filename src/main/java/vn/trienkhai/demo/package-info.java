/**
 * Demo data: with {@code trienkhai.demo} on ({@code ./trienkhai serve --demo}), the first start imports the
 * three sample plans of {@code demo/plans} through the real import path and creates one account per role,
 * which the sign-in page then lists. Depends on identity ({@link vn.trienkhai.identity.DemoAccounts}),
 * document, agency and orgunit; nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package vn.trienkhai.demo;
