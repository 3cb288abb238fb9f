package dk.samspil.area;

import org.springframework.data.jpa.repository.JpaRepository;

interface MunicipalityBoundaries extends JpaRepository<MunicipalityBoundary, String> {}
