package vn.congan.ceremony.organisation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The department's official order of units as a tree: each unit is followed by its sub-units
 * ("Đội Điều tra tổng hợp - Phòng Cảnh sát hình sự" right after "Phòng Cảnh sát hình sự"),
 * then the next unit of its level. A unit moves among the units of its own level, carrying its
 * sub-units with it; a new sub-unit goes last under its parent. After each change every unit is
 * numbered afresh in steps of {@link #STEP}, so the stored number always gives this order.
 */
final class UnitOrder {

    static final int STEP = 10;

    private UnitOrder() {
    }

    /** {@code units} in tree order: roots by their number, each followed by its subtree. */
    static List<Unit> tree(List<Unit> units) {
        Comparator<Unit> byNumber = Comparator.comparingInt(Unit::getOfficialOrder)
                .thenComparing(Unit::getName, Comparator.nullsLast(Comparator.naturalOrder()));
        Map<Unit, List<Unit>> children = new LinkedHashMap<>();
        List<Unit> roots = new ArrayList<>();
        for (Unit unit : units) {
            Unit parent = unit.getParent();
            if (parent == null || !units.contains(parent) || createsCycle(unit)) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit);
            }
        }
        roots.sort(byNumber);
        children.values().forEach(list -> list.sort(byNumber));
        List<Unit> ordered = new ArrayList<>(units.size());
        roots.forEach(root -> walk(root, children, ordered));
        return ordered;
    }

    /** Numbers {@code ordered} 10, 20, 30, ... */
    static void renumber(List<Unit> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).setOfficialOrder((i + 1) * STEP);
        }
    }

    /**
     * Moves {@code unit} with its subtree one place up (-1) or down (+1) among the units of its
     * level, and renumbers; at either end it stays put.
     */
    static List<Unit> move(List<Unit> units, Unit unit, int direction) {
        List<Unit> ordered = tree(units);
        List<Unit> siblings = ordered.stream().filter(u -> Objects.equals(u.getParent(), unit.getParent())
                || (u.getParent() == null && unit.getParent() == null)).toList();
        int index = siblings.indexOf(unit);
        int other = index + Integer.signum(direction);
        if (direction == 0 || index < 0 || other < 0 || other >= siblings.size()) {
            renumber(ordered);
            return ordered;
        }
        Unit neighbour = siblings.get(other);
        List<Unit> block = subtree(ordered, unit);
        List<Unit> neighbourBlock = subtree(ordered, neighbour);
        List<Unit> result = new ArrayList<>(ordered);
        result.removeAll(block);
        int at = result.indexOf(neighbour) + (direction > 0 ? neighbourBlock.size() : 0);
        result.addAll(at, block);
        renumber(result);
        return result;
    }

    /** Adds {@code unit} (its parent set) last under its parent, or last of all; renumbers. */
    static List<Unit> insert(List<Unit> units, Unit unit) {
        List<Unit> ordered = tree(units);
        ordered.remove(unit);
        int at = ordered.size();
        if (unit.getParent() != null && ordered.contains(unit.getParent())) {
            List<Unit> parentBlock = subtree(ordered, unit.getParent());
            at = ordered.indexOf(parentBlock.get(parentBlock.size() - 1)) + 1;
        }
        ordered.add(at, unit);
        renumber(ordered);
        return ordered;
    }

    /** {@code unit} and everything under it, as they stand in {@code ordered} (tree order). */
    private static List<Unit> subtree(List<Unit> ordered, Unit unit) {
        int start = ordered.indexOf(unit);
        List<Unit> block = new ArrayList<>();
        block.add(unit);
        for (int i = start + 1; i < ordered.size() && isUnder(ordered.get(i), unit); i++) {
            block.add(ordered.get(i));
        }
        return block;
    }

    /** True when {@code ancestor} stands somewhere above {@code unit}. */
    static boolean isUnder(Unit unit, Unit ancestor) {
        int depth = 0;
        for (Unit p = unit.getParent(); p != null && depth++ < 64; p = p.getParent()) {
            if (p.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean createsCycle(Unit unit) {
        return isUnder(unit, unit);
    }

    private static void walk(Unit unit, Map<Unit, List<Unit>> children, List<Unit> ordered) {
        if (ordered.contains(unit)) {
            return;
        }
        ordered.add(unit);
        children.getOrDefault(unit, List.of()).forEach(child -> walk(child, children, ordered));
    }
}
