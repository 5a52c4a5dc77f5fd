/**
 * Identity: accounts, roles, sign-in and the scope every request is answered in. Each account belongs to
 * one org unit (a reporter also to one agency) and sees that unit and the units below it. Other modules
 * read the signed-in user through {@link vn.trienkhai.platform.CurrentUser}, never through this module; the
 * only other calls are {@link vn.trienkhai.identity.AccountDirectory} (read-only contacts, for notifications)
 * and {@link vn.trienkhai.identity.DemoAccounts}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package vn.trienkhai.identity;
