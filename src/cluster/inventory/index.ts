export { allObjectsForDeletion, inventoryFromChangeSet, refOfEntry, staleObjects } from './inventory.js';
