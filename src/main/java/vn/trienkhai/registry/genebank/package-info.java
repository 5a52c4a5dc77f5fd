/**
 * Gene-fund accessions (nguồn gen): the MCPD v2.1 passport of each conserved accession, its programme,
 * unit and owner agency; the MCPD export, the import table and the count of conserved accessions.
 */
package vn.trienkhai.registry.genebank;
