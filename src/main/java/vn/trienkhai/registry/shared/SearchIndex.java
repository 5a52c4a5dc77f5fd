package vn.trienkhai.registry.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.trienkhai.registry.BiotechField;
import vn.trienkhai.registry.RegistryKind;
import vn.trienkhai.registry.Visibility;

/**
 * The one search index over all registries (table {@code registry_entry}). Every registry calls
 * {@link #put} when it saves a record and {@link #remove} when it deletes one, inside the transaction of the
 * save, so the index and the records never disagree.
 */
@Component
public class SearchIndex {

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records or replaces the entry of a record.
	 *
	 * @param title the name the record is known by (shown as the result's heading)
	 * @param summary the other searchable text: codes, places, organisations, descriptions
	 * @param field null when the registry has no field
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void put(RegistryKind kind, long recordId, long orgUnitId, BiotechField field, String title,
			String summary, Visibility visibility) {
		int rows = jdbc.sql("""
				insert into registry_entry (kind, record_id, org_unit_id, unit_path, field, title, summary, visibility)
				select :kind, :id, u.id, u.path, :field, :title, :summary, :visibility from org_unit u where u.id = :unit
				on conflict (kind, record_id) do update set org_unit_id = excluded.org_unit_id,
				    unit_path = excluded.unit_path, field = excluded.field, title = excluded.title,
				    summary = excluded.summary, visibility = excluded.visibility, updated_at = now()
				""")
			.param("kind", kind.name())
			.param("id", recordId)
			.param("unit", orgUnitId)
			.param("field", field == null ? null : field.name())
			.param("title", title)
			.param("summary", summary == null ? "" : summary)
			.param("visibility", visibility.name())
			.update();
		if (rows != 1) {
			throw new IllegalStateException("no org unit " + orgUnitId + " for " + kind + " " + recordId);
		}
		// the vocabulary the search corrects typos against
		jdbc.sql("""
				insert into registry_word (word)
				select unnest(tsvector_to_array(document)) from registry_entry where kind = :kind and record_id = :id
				on conflict do nothing
				""")
			.param("kind", kind.name())
			.param("id", recordId)
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void remove(RegistryKind kind, long recordId) {
		jdbc.sql("delete from registry_entry where kind = :kind and record_id = :id")
			.param("kind", kind.name())
			.param("id", recordId)
			.update();
	}

}
