/**
 * Documents: importing plan documents (.txt, .md, .docx, .pdf) into reviewable drafts. {@code extract}
 * reads the text out of a file, {@code parse} turns the text into a draft (both plain Java, shared with
 * the command line, {@code cli}); {@link vn.trienkhai.document.DocumentImports} stores the original file,
 * its text and the draft until a person has reviewed and confirmed it on the review page ({@code web}),
 * and publishes {@link vn.trienkhai.document.DocumentConfirmed} for the plan module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.trienkhai.document;
