//! One test per instruction, generated from isa.ron: every example is assembled,
//! run, and its output compared, so the spec is executable.

vm_macros::isa_tests!("../isa.ron", tests::check_example);
