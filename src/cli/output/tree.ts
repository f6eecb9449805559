/** A node of a printed tree: a label and its children. */
export interface TreeNode {
  label: string;
  children: TreeNode[];
}

/** Renders a tree as `flux tree` does: the root, then `├── ` / `└── ` branches with `│   ` guides. */
export function renderTree(root: TreeNode): string {
  const lines = [root.label];
  const walk = (node: TreeNode, prefix: string): void => {
    node.children.forEach((child, i) => {
      const last = i === node.children.length - 1;
      lines.push(`${prefix}${last ? '└── ' : '├── '}${child.label}`);
      walk(child, prefix + (last ? '    ' : '│   '));
    });
  };
  walk(root, '');
  return lines.join('\n') + '\n';
}
