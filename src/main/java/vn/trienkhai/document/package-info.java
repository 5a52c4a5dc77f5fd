/**
 * Documents: importing plan documents (.txt, .md, .docx, .pdf) into reviewable drafts. So far only the
 * text parser core ({@code parse}, plain Java, no Spring); extraction from files, the review page, the
 * API and the command line follow (issue 3).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.trienkhai.document;
