package dk.samspil.area;

import org.springframework.data.jpa.repository.JpaRepository;

interface Parishes extends JpaRepository<Parish, String> {}
