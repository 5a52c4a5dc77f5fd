package vn.trienkhai.document.web;

import org.springframework.stereotype.Component;

import vn.trienkhai.document.DocumentImports;
import vn.trienkhai.document.ImportedDocument;
import vn.trienkhai.orgunit.OrgUnit;
import vn.trienkhai.orgunit.OrgUnits;
import vn.trienkhai.platform.InvalidInputException;
import vn.trienkhai.platform.CurrentUser;
import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.platform.OutOfScopeException;
import vn.trienkhai.platform.Role;
import vn.trienkhai.platform.UserScope;

/**
 * Who may see and change which imports: everyone signed in reads the imports of units within their scope;
 * coordinators and administrators import and review, for units wholly within their scope.
 */
@Component
class DocumentAccess {

	private final OrgUnits orgUnits;

	private final DocumentImports imports;

	DocumentAccess(OrgUnits orgUnits, DocumentImports imports) {
		this.orgUnits = orgUnits;
		this.imports = imports;
	}

	boolean canImport() {
		UserScope user = CurrentUser.get();
		return user.is(Role.ADMINISTRATOR) || user.is(Role.COORDINATOR);
	}

	void requireImporter() {
		if (!canImport()) {
			throw new OutOfScopeException("role " + CurrentUser.get().role() + " may not import documents");
		}
	}

	/** The unit a new import is for: the given one or the user's own; 404 unknown, 403 not wholly in scope. */
	long importUnit(Long unitId) {
		requireImporter();
		long id = unitId != null ? unitId : CurrentUser.get().orgUnitId();
		OrgUnit unit = orgUnits.findById(id).orElseThrow(() -> new NotFoundException("org unit " + id));
		// plans are issued by units of today's structure; a former district is history, not an issuer
		if (!unit.isCurrent() && !unit.isNation()) {
			throw new InvalidInputException("document.error.unit.current");
		}
		if (!orgUnits.isWhollyWithin(id, CurrentUser.get().orgUnitId())) {
			throw new OutOfScopeException("org unit " + id);
		}
		return id;
	}

	ImportedDocument visible(long id) {
		ImportedDocument doc = imports.get(id);
		if (!orgUnits.isWithin(doc.orgUnitId(), CurrentUser.get().orgUnitId())) {
			throw new OutOfScopeException("imported document " + id);
		}
		return doc;
	}

	ImportedDocument writable(long id) {
		requireImporter();
		ImportedDocument doc = visible(id);
		if (!orgUnits.isWhollyWithin(doc.orgUnitId(), CurrentUser.get().orgUnitId())) {
			throw new OutOfScopeException("imported document " + id);
		}
		return doc;
	}

	boolean canWrite(ImportedDocument doc) {
		return canImport() && orgUnits.isWhollyWithin(doc.orgUnitId(), CurrentUser.get().orgUnitId());
	}

	String unitLabel(long unitId) {
		return orgUnits.qualifiedName(unitId);
	}

}
