/**
 * Identity: accounts, roles, sign-in and the scope every request is answered in. Each account belongs to
 * one org unit (a reporter also to one agency) and sees that unit and the units below it. Other modules
 * never call this module: they read the signed-in user through {@link vn.trienkhai.platform.CurrentUser}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity and access")
package vn.trienkhai.identity;
