from thucydides.cli import main

raise SystemExit(main())
