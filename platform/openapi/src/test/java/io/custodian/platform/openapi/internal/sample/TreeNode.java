package io.custodian.platform.openapi.internal.sample;

import java.util.List;

/** Refers to itself twice: the schema must end in $ref, not recurse. */
public record TreeNode(String name, TreeNode parent, List<TreeNode> children, Leaf leaf) {

    /** Mutual recursion with TreeNode. */
    public record Leaf(TreeNode owner) {
    }
}
