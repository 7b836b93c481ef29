//! `voxcc`: compiles C to voxvm bytecode.
fn main() {}
