package index

// MemSizes returns the bytes each part of the index holds, for the memory
// test's breakdown.
func (x *Index) MemSizes() map[string]int { return x.memSizes() }
