/**
 * Plans: a confirmed import (or a plan written by hand) as the object officers work with — its heading
 * tree, tasks with lead and coordinating agencies and deadlines, targets on indicators — and the cascade
 * between levels: which plans a plan implements (a placeholder stands for a cited document not yet in the
 * system), which parent task a child task carries out ({@code link}), and which units have not issued a
 * plan yet. Built from {@link vn.trienkhai.document.DocumentConfirmed}, in the transaction that confirms.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plans")
package vn.trienkhai.plan;
