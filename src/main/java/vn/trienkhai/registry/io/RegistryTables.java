package vn.trienkhai.registry.io;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.trienkhai.platform.NotFoundException;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.shared.RegistryTable;

/** The registries that offer import and export, by kind (each registry contributes one {@link RegistryTable}). */
@Component
class RegistryTables {

	private final Map<RegistryKind, RegistryTable> byKind = new EnumMap<>(RegistryKind.class);

	RegistryTables(List<RegistryTable> tables) {
		for (RegistryTable table : tables) {
			if (byKind.put(table.kind(), table) != null) {
				throw new IllegalStateException("two import tables for " + table.kind());
			}
		}
	}

	RegistryTable get(RegistryKind kind) {
		RegistryTable table = byKind.get(kind);
		if (table == null) {
			throw new NotFoundException("no import for " + kind);
		}
		return table;
	}

	List<RegistryKind> kinds() {
		return List.copyOf(byKind.keySet());
	}

	RegistryKind byPath(String path) {
		for (RegistryKind kind : byKind.keySet()) {
			if (kind.path().equals(path)) {
				return kind;
			}
		}
		throw new NotFoundException("no import for " + path);
	}

}
