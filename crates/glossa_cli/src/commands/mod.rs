//! One module per subcommand.

pub mod align;
pub mod check;
pub mod explain;
pub mod export;
pub mod glossary;
pub mod segment;
