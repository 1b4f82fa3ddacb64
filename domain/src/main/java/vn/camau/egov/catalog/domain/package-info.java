/**
 * The procedure catalogue (danh mục thủ tục hành chính): procedures with their fields, service
 * levels, fees, required documents, online forms and internal processes (ISO 9001), in versions
 * that never change once made, so a dossier keeps the version it was submitted under.
 */
package vn.camau.egov.catalog.domain;
